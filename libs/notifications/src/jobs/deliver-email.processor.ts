import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { JobProcessor, ProcessesJob } from '@dhr/platform-queue';
import { EmailMessageRepository } from '../persistence/email-message.repository';
import { DELIVER_EMAIL, DeliverEmailPayload } from './notification.jobs';

/**
 * Delivers a stored email. Idempotent: an email already delivered is left alone, so a job that runs twice
 * (after a crash) delivers once. Over SMTP a crash between the server accepting and our mark can still
 * send twice; that is the mail protocol's limit, and the lesser harm than losing a message.
 */
@Injectable()
@ProcessesJob(DELIVER_EMAIL)
export class DeliverEmailProcessor implements JobProcessor<DeliverEmailPayload> {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | undefined;

  constructor(
    private readonly messages: EmailMessageRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : undefined;
  }

  async process({ emailId }: DeliverEmailPayload): Promise<void> {
    const email = await this.messages.find(emailId);
    if (!email) {
      this.logger.warn(`Email ${emailId} no longer exists; nothing to deliver`);
      return;
    }
    if (email.deliveredAt) return;
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.mail.from,
        to: email.toAddress,
        subject: email.subject,
        text: email.body ?? '',
      });
      await this.messages.markDelivered(emailId, 'smtp', true);
      this.logger.log(`Email ${emailId} delivered by SMTP`);
      return;
    }
    if (await this.messages.markDelivered(emailId, 'mailbox', false)) {
      // development only (production requires SMTP_URL): show the message where the developer is looking
      this.logger.log(
        `Email ${emailId} delivered to the local mailbox\nTo: ${email.toAddress}\nSubject: ${email.subject}\n\n${email.body ?? ''}`,
      );
    }
  }
}

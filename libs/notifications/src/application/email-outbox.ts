import { Injectable } from '@nestjs/common';
import { newId } from '@dhr/platform-database';
import { Outbox } from '@dhr/platform-queue';
import { DELIVER_EMAIL } from '../jobs/notification.jobs';
import { EmailMessageRepository } from '../persistence/email-message.repository';

export interface Email {
  partnershipId: string | null;
  to: string;
  subject: string;
  body: string;
}

/** Queue an email as part of the caller's change: stored now, delivered by the worker once it commits. */
@Injectable()
export class EmailOutbox {
  constructor(
    private readonly messages: EmailMessageRepository,
    private readonly outbox: Outbox,
  ) {}

  async send(email: Email): Promise<string> {
    const id = newId();
    await this.messages.insert({
      id,
      partnershipId: email.partnershipId,
      toAddress: email.to,
      subject: email.subject,
      body: email.body,
    });
    await this.outbox.enqueue(DELIVER_EMAIL, { emailId: id }, email.partnershipId);
    return id;
  }
}

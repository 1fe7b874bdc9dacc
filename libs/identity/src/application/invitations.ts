import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { EmailOutbox } from '@dhr/notifications';
import { User } from '../domain/user';
import { PasswordTokenRepository } from '../persistence/password-token.repository';
import { hashSecretToken, newSecretToken } from './secret-token';

/**
 * The set-password email. The token travels in the link's fragment (#), which browsers never send to a
 * server, so it cannot end up in any access log.
 */
@Injectable()
export class Invitations {
  constructor(
    private readonly tokens: PasswordTokenRepository,
    private readonly email: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(user: User, partnershipName: string | null): Promise<void> {
    const token = newSecretToken();
    const hours = this.config.setPasswordLinkTtlHours;
    await this.tokens.issue(user.id, hashSecretToken(token), new Date(Date.now() + hours * 3_600_000));
    const link = `${this.config.publicUrl}/set-password#token=${token}`;
    await this.email.send({
      partnershipId: user.partnershipId,
      to: user.email,
      subject: 'Set your password for DHR case management',
      body: [
        `Dear ${user.displayName},`,
        '',
        `You have an account on the Domestic Homicide Review case management service${partnershipName ? ` for ${partnershipName}` : ''}.`,
        'Set your password with this link. It works once, and expires in ' + `${hours} hours:`,
        '',
        link,
        '',
        'If you did not expect this email, tell your partnership coordinator and do not use the link.',
      ].join('\n'),
    });
  }
}

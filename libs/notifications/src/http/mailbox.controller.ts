import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { Actor, Allow, CurrentActor } from '@dhr/platform-auth';
import { DEFAULT_PAGE_SIZE } from '@dhr/platform-database';
import { DomainError } from '@dhr/platform-domain';
import { PageQuery } from '@dhr/platform-http';
import { EmailMessageRepository } from '../persistence/email-message.repository';
import { MailboxPage } from './dto/mailbox.dto';

/** The local mailbox of a system with no mail server (development): where invitation links can be read. */
@ApiTags('mailbox')
@Controller('api/v1/mailbox')
export class MailboxController {
  constructor(
    private readonly messages: EmailMessageRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Allow('mailbox.read')
  @ApiOkResponse({ type: MailboxPage })
  async listMailbox(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<MailboxPage> {
    if (this.config.mail.smtpUrl) {
      throw new DomainError(
        'not_found',
        'no_local_mailbox',
        'Email goes to a mail server; there is no local mailbox.',
      );
    }
    // a system administrator sees every partnership's mail; a coordinator only their own
    const scope = actor.roles.includes('system_admin') ? null : actor.partnershipId;
    const page = await this.messages.mailbox(scope, query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((m) => ({
        id: m.id,
        to: m.toAddress,
        subject: m.subject,
        body: m.body,
        createdAt: m.createdAt.toISOString(),
        deliveredAt: m.deliveredAt?.toISOString() ?? null,
      })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { Db, decodeCursor, isUuid, Page, toPage } from '@dhr/platform-database';
import { EmailMessageEntity } from './email-message.entity';

export interface EmailMessage {
  id: string;
  partnershipId: string | null;
  toAddress: string;
  subject: string;
  body: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

@Injectable()
export class EmailMessageRepository {
  constructor(private readonly db: Db) {}

  async insert(message: Omit<EmailMessage, 'createdAt' | 'deliveredAt'>): Promise<void> {
    await this.db.repository(EmailMessageEntity).insert(message);
  }

  async find(id: string): Promise<EmailMessage | undefined> {
    return (await this.db.repository(EmailMessageEntity).findOneBy({ id })) ?? undefined;
  }

  /** Marks delivery once; false when it was already delivered (a repeated job). */
  async markDelivered(id: string, by: 'smtp' | 'mailbox', clearBody: boolean): Promise<boolean> {
    const result = await this.db.manager.query(
      `UPDATE email_message SET delivered_at = now(), delivered_by = $2${clearBody ? ', body = NULL' : ''}
        WHERE id = $1 AND delivered_at IS NULL RETURNING id`,
      [id, by],
    );
    return (result as [unknown[], number])[0].length === 1;
  }

  /** The local mailbox: newest first, for one partnership, or all of them (system administrators). */
  async mailbox(partnershipId: string | null, limit: number, cursor?: string): Promise<Page<EmailMessage>> {
    const query = this.db
      .repository(EmailMessageEntity)
      .createQueryBuilder('m')
      .orderBy('m.id', 'DESC')
      .take(limit + 1);
    if (partnershipId) query.where('m.partnership_id = :partnershipId', { partnershipId });
    const after = decodeCursor(cursor, isUuid);
    if (after) query.andWhere('m.id < :after', { after });
    return toPage(await query.getMany(), limit, (m) => m.id);
  }
}

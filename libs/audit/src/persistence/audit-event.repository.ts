import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { PartnershipId } from '@dhr/platform-domain';
import { Db, decodeCursor, isUuid, newId, Page, toPage } from '@dhr/platform-database';
import { AuditEvent, AuditFilter, AuditRecord } from '../application/audit-event';
import { AuditEventEntity } from './audit-event.entity';

@Injectable()
export class AuditEventRepository {
  constructor(private readonly db: Db) {}

  async append(record: AuditRecord): Promise<void> {
    await this.db.repository(AuditEventEntity).insert({ id: newId(), ...record });
  }

  async list(
    partnershipId: PartnershipId,
    filter: AuditFilter,
    limit: number,
    cursor?: string,
  ): Promise<Page<AuditEvent>> {
    const query = this.db
      .repository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.partnership_id = :partnershipId', { partnershipId })
      .orderBy('e.id', 'DESC')
      .take(limit + 1);
    if (filter.entityType) query.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorUserId)
      query.andWhere('e.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    const after = decodeCursor(cursor, isUuid);
    if (after) query.andWhere(new Brackets((w) => w.where('e.id < :after', { after })));
    const rows = await query.getMany();
    return toPage(rows.map(toEvent), limit, (event) => event.id);
  }
}

function toEvent(row: AuditEventEntity): AuditEvent {
  return {
    id: row.id,
    actorUserId: row.actorUserId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before as Record<string, unknown> | null,
    after: row.after as Record<string, unknown> | null,
    requestId: row.requestId,
    occurredAt: row.occurredAt,
  };
}

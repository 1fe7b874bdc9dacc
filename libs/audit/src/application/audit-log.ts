import { Injectable } from '@nestjs/common';
import { Actor, PartnershipActor } from '@dhr/platform-auth';
import { Db, Page } from '@dhr/platform-database';
import { AuditEventRepository } from '../persistence/audit-event.repository';
import { AuditEvent, AuditFilter } from './audit-event';

export interface AuditChange {
  /** `<entity>.<verb>`, e.g. `user.created`, `agency.updated`, `subject.identity-viewed` */
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  /** defaults to the actor's partnership */
  partnershipId?: string | null;
}

/** The audit trail. `record` joins the caller's transaction, so a change and its audit event commit together. */
@Injectable()
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly events: AuditEventRepository,
  ) {}

  async record(actor: Actor, change: AuditChange): Promise<void> {
    if (!this.db.inTransaction)
      throw new Error(`AuditLog.record(${change.action}) must run inside the change's transaction`);
    await this.events.append({
      partnershipId: change.partnershipId === undefined ? actor.partnershipId : change.partnershipId,
      actorUserId: actor.userId,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: (change.before as Record<string, unknown> | null | undefined) ?? null,
      after: (change.after as Record<string, unknown> | null | undefined) ?? null,
      requestId: actor.requestId,
    });
  }

  list(
    actor: PartnershipActor,
    filter: AuditFilter,
    limit: number,
    cursor?: string,
  ): Promise<Page<AuditEvent>> {
    return this.events.list(actor.partnershipId, filter, limit, cursor);
  }
}

export interface AuditRecord {
  partnershipId: string | null;
  actorUserId: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string;
}

export interface AuditEvent extends Omit<AuditRecord, 'partnershipId'> {
  id: string;
  occurredAt: Date;
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

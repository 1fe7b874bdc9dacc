import { AgencyId, DomainError, PartnershipId, UserId } from '@dhr/platform-domain';
import { hasPermission, Permission } from './permissions';
import { Role } from './roles';

/** Who is acting: the signed-in user, where they belong, and the request it happens in (for the audit trail). */
export interface Actor {
  userId: UserId;
  partnershipId: PartnershipId | null;
  agencyId: AgencyId | null;
  roles: Role[];
  sessionId: string;
  requestId: string;
}

/** An actor inside a partnership: every tenant-scoped use case takes one. */
export type PartnershipActor = Actor & { partnershipId: PartnershipId };

export function inPartnership(actor: Actor): PartnershipActor {
  if (actor.partnershipId === null) {
    throw new DomainError('forbidden', 'no_partnership', 'This account does not belong to a partnership.');
  }
  return actor as PartnershipActor;
}

export function can(actor: Actor, permission: Permission): boolean {
  return hasPermission(actor.roles, permission);
}

/** The actor for work the system does itself (seeding, scheduled jobs). */
export function systemActor(partnershipId: PartnershipId | null, requestId: string): Actor {
  return {
    userId: '00000000-0000-0000-0000-000000000000' as UserId,
    partnershipId,
    agencyId: null,
    roles: [],
    sessionId: 'system',
    requestId,
  };
}

export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';

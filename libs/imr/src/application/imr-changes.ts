import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db } from '@dhr/platform-database';
import { assertVersion } from '@dhr/platform-domain';
import { ImrRequest } from '../domain/imr-request';
import { ImrRequestEntity } from '../persistence/imr-request.entity';
import { ImrRequestRepository } from '../persistence/imr-request.repository';
import { ImrAccess, ImrCapability, ImrInHand } from './imr-access';

export type RequestChanges = Partial<
  Omit<ImrRequestEntity, 'id' | 'partnershipId' | 'reviewId' | 'agencyId' | 'version' | 'createdAt'>
>;

/**
 * The one way an IMR changes: in a transaction, the request locked, at the version the client saw, by someone
 * with the capability; the request's version moves on with every change to the IMR, and each is audited.
 */
@Injectable()
export class ImrChanger {
  constructor(
    private readonly db: Db,
    private readonly access: ImrAccess,
    private readonly requests: ImrRequestRepository,
    private readonly audit: AuditLog,
  ) {}

  change(
    actor: PartnershipActor,
    requestId: string,
    expectedVersion: number,
    capability: ImrCapability,
    action: string,
    decide: (inHand: ImrInHand) => Promise<RequestChanges> | RequestChanges,
    /** what the audit event should say beyond the request itself (e.g. how many entries an upload added) */
    details?: () => Record<string, unknown>,
  ): Promise<ImrRequest> {
    return this.db.transaction(async () => {
      const inHand = await this.access.require(actor, requestId, capability, true);
      assertVersion('This IMR', inHand.request.version, expectedVersion);
      const changes = await decide(inHand);
      const after = await this.requests.update(
        actor.partnershipId,
        inHand.request.reviewId,
        requestId,
        changes,
      );
      await this.audit.record(actor, {
        action: `imr-request.${action}`,
        entityType: 'imr-request',
        entityId: requestId,
        before: inHand.request,
        after: details ? { ...after, ...details() } : after,
      });
      return after;
    });
  }
}

/** The first thing written moves a request from requested to in progress; a returned one stays returned until resubmitted. */
export function started(request: ImrRequest): RequestChanges {
  return request.status === 'requested' ? { status: 'in_progress' } : {};
}

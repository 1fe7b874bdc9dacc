import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { UserDirectory } from '@dhr/identity';
import { PartnershipDirectory } from '@dhr/partnerships';
import { PartnershipActor, Role } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import {
  AgencyId,
  assertVersion,
  DomainError,
  FieldProblem,
  InvalidInputError,
  todayIn,
  UserId,
} from '@dhr/platform-domain';
import { ReviewDirectory, ReviewId } from '@dhr/reviews';
import { ImrRequest, RequestKind } from '../domain/imr-request';
import { assertCanSend, ImrRuleError } from '../domain/imr-rules';
import { ImrRequestRepository } from '../persistence/imr-request.repository';
import { ImrAccess } from './imr-access';
import { ImrNotices } from './imr-notices';

export interface ScopedAgency {
  agencyId: AgencyId;
  kind: RequestKind;
  dueOn: string;
  authorUserId: UserId;
  seniorManagerUserId?: UserId | null;
}

export type ScopeChanges = Partial<Omit<ScopedAgency, 'agencyId'>>;

/**
 * Stage 5: every agency that had contact is asked what it holds (an IMR, a summary, or a nil return), with a
 * due date, an author and (for an IMR) the senior manager who signs it off; then the request is sent.
 */
@Injectable()
export class ScopingService {
  constructor(
    private readonly db: Db,
    private readonly access: ImrAccess,
    private readonly requests: ImrRequestRepository,
    private readonly reviews: ReviewDirectory,
    private readonly partnerships: PartnershipDirectory,
    private readonly users: UserDirectory,
    private readonly notices: ImrNotices,
    private readonly audit: AuditLog,
  ) {}

  async list(actor: PartnershipActor, reviewId: string): Promise<ImrRequest[]> {
    await this.access.requireReview(actor, reviewId, false);
    return this.requests.listFor(actor.partnershipId, reviewId);
  }

  scope(
    actor: PartnershipActor,
    reviewId: string,
    input: ScopedAgency,
    now = new Date(),
  ): Promise<ImrRequest> {
    return this.db.transaction(async () => {
      await this.access.requireReview(actor, reviewId, true);
      const problems = await this.problems(actor, input, todayIn(now));
      if (problems.length > 0) throw new InvalidInputError(problems);
      if (await this.requests.findForAgency(actor.partnershipId, reviewId, input.agencyId)) {
        throw new DomainError(
          'conflict',
          'agency_already_scoped',
          'This agency has already been asked for this review.',
        );
      }
      const request = await this.requests.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reviewId,
        agencyId: input.agencyId,
        kind: input.kind,
        status: 'scoped',
        dueOn: input.dueOn,
        authorUserId: input.authorUserId,
        seniorManagerUserId: input.seniorManagerUserId ?? null,
        termsVersionNumber: null,
        requestedOn: null,
        independenceStatement: null,
        submittedAt: null,
        signedOffBy: null,
        signedOffAt: null,
        acceptedAt: null,
      });
      await this.audit.record(actor, {
        action: 'imr-request.scoped',
        entityType: 'imr-request',
        entityId: request.id,
        after: request,
      });
      return request;
    });
  }

  update(
    actor: PartnershipActor,
    requestId: string,
    version: number,
    changes: ScopeChanges,
    now = new Date(),
  ) {
    return this.db.transaction(async () => {
      const { request: before } = await this.access.require(actor, requestId, 'manage', true);
      assertVersion('This request', before.version, version);
      if (before.status !== 'scoped' && before.status !== 'requested') {
        throw new ImrRuleError(
          'request_under_way',
          'The agency has started work: the request can no longer be changed.',
        );
      }
      const merged: ScopedAgency = { ...before, ...changes, agencyId: before.agencyId };
      const problems = await this.problems(actor, merged, todayIn(now));
      if (problems.length > 0) throw new InvalidInputError(problems);
      const after = await this.requests.update(actor.partnershipId, before.reviewId, requestId, {
        kind: merged.kind,
        dueOn: merged.dueOn,
        authorUserId: merged.authorUserId,
        seniorManagerUserId: merged.seniorManagerUserId ?? null,
      });
      await this.audit.record(actor, {
        action: 'imr-request.updated',
        entityType: 'imr-request',
        entityId: requestId,
        before,
        after,
      });
      return after;
    });
  }

  /** Rule 4: sent only once a version of the terms of reference is agreed; the author is told by email. */
  send(actor: PartnershipActor, requestId: string, version: number, now = new Date()): Promise<ImrRequest> {
    return this.db.transaction(async () => {
      const { request: before } = await this.access.require(actor, requestId, 'manage', true);
      assertVersion('This request', before.version, version);
      const terms = await this.reviews.agreedTerms(actor.partnershipId, before.reviewId as ReviewId);
      const latest = terms.at(-1);
      assertCanSend(before, latest?.versionNumber ?? null);
      const after = await this.requests.update(actor.partnershipId, before.reviewId, requestId, {
        status: 'requested',
        requestedOn: todayIn(now),
        termsVersionNumber: latest?.versionNumber ?? null,
      });
      await this.audit.record(actor, {
        action: 'imr-request.sent',
        entityType: 'imr-request',
        entityId: requestId,
        before,
        after,
      });
      await this.notices.requested(after);
      return after;
    });
  }

  private async problems(
    actor: PartnershipActor,
    input: ScopedAgency,
    today: string,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (!(await this.partnerships.agency(actor.partnershipId, input.agencyId))) {
      problems.push({ field: 'agencyId', message: 'Choose an agency of this partnership' });
    }
    if (input.dueOn < today) problems.push({ field: 'dueOn', message: 'Due date must be today or later' });
    const author = await this.agencyUser(actor, input.authorUserId, input.agencyId, 'imr_author');
    if (!author) problems.push({ field: 'authorUserId', message: 'Choose an IMR author of this agency' });
    if (input.kind === 'imr' && !input.seniorManagerUserId) {
      problems.push({
        field: 'seniorManagerUserId',
        message: 'Choose the senior manager who will sign off the IMR',
      });
    } else if (input.seniorManagerUserId) {
      if (input.seniorManagerUserId === input.authorUserId) {
        problems.push({ field: 'seniorManagerUserId', message: 'The senior manager must not be the author' });
      } else if (!(await this.agencyUser(actor, input.seniorManagerUserId, input.agencyId, 'lead_officer'))) {
        problems.push({
          field: 'seniorManagerUserId',
          message: 'Choose a senior manager (lead officer) of this agency',
        });
      }
    }
    return problems;
  }

  private async agencyUser(actor: PartnershipActor, userId: UserId, agencyId: AgencyId, role: Role) {
    const user = await this.users.user(actor.partnershipId, userId);
    return user && user.status !== 'deactivated' && user.agencyId === agencyId && user.roles.includes(role)
      ? user
      : undefined;
  }
}

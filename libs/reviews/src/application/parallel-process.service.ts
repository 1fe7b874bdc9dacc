import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { assertVersion, DomainError, InvalidInputError, NotFoundError, todayIn } from '@dhr/platform-domain';
import { ParallelProcess, ParallelProcessKind } from '../domain/parallel-process';
import { ReviewId } from '../domain/review';
import { ParallelProcessRepository } from '../persistence/parallel-process.repository';
import { datesInOrder } from './review-decision.service';
import { ReviewAccess } from './review-access';

export interface ParallelProcessDetails {
  kind: ParallelProcessKind;
  reference?: string | null;
  nextHearingOn?: string | null;
  notes?: string | null;
}

export interface ProcessConclusion {
  concludedOn: string;
  outcome: string;
}

/**
 * Criminal proceedings, inquests, police-conduct investigations and reviews run alongside: while criminal
 * proceedings are ongoing the review cannot be published (rule 9), so their conclusion is recorded here.
 */
@Injectable()
export class ParallelProcessService {
  constructor(
    private readonly db: Db,
    private readonly access: ReviewAccess,
    private readonly processes: ParallelProcessRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(actor: PartnershipActor, reviewId: ReviewId): Promise<ParallelProcess[]> {
    await this.access.require(actor, reviewId, 'view');
    return this.processes.listFor(actor.partnershipId, reviewId);
  }

  add(actor: PartnershipActor, reviewId: ReviewId, input: ParallelProcessDetails): Promise<ParallelProcess> {
    return this.db.transaction(async () => {
      await this.access.require(actor, reviewId, 'work', true);
      const process = await this.processes.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reviewId,
        kind: input.kind,
        reference: input.reference ?? null,
        status: 'ongoing',
        nextHearingOn: input.nextHearingOn ?? null,
        concludedOn: null,
        outcome: null,
        notes: input.notes ?? null,
      });
      await this.audit.record(actor, {
        action: 'parallel-process.added',
        entityType: 'parallel-process',
        entityId: process.id,
        after: process,
      });
      return process;
    });
  }

  /** Omitted fields stay as they are; null clears. A concluded process has no next hearing. */
  update(
    actor: PartnershipActor,
    reviewId: ReviewId,
    processId: string,
    expectedVersion: number,
    changes: Partial<ParallelProcessDetails>,
  ): Promise<ParallelProcess> {
    return this.db.transaction(async () => {
      await this.access.require(actor, reviewId, 'work', true);
      const before = await this.inHand(actor, reviewId, processId, expectedVersion);
      if (before.status === 'concluded' && changes.nextHearingOn) {
        throw new DomainError(
          'rule_violated',
          'process_concluded',
          'This process has concluded: it has no next hearing.',
        );
      }
      const after = await this.processes.update(actor.partnershipId, reviewId, processId, {
        kind: changes.kind,
        reference: changes.reference,
        nextHearingOn: changes.nextHearingOn,
        notes: changes.notes,
      });
      await this.audit.record(actor, {
        action: 'parallel-process.updated',
        entityType: 'parallel-process',
        entityId: processId,
        before,
        after,
      });
      return after;
    });
  }

  conclude(
    actor: PartnershipActor,
    reviewId: ReviewId,
    processId: string,
    expectedVersion: number,
    conclusion: ProcessConclusion,
    now = new Date(),
  ): Promise<ParallelProcess> {
    return this.db.transaction(async () => {
      await this.access.require(actor, reviewId, 'work', true);
      const before = await this.inHand(actor, reviewId, processId, expectedVersion);
      const problems = datesInOrder(
        [['concludedOn', conclusion.concludedOn, '0000-01-01', 'Date concluded must be a past date']],
        todayIn(now),
      );
      if (!conclusion.concludedOn)
        problems.push({ field: 'concludedOn', message: 'Date concluded is required' });
      if (!conclusion.outcome?.trim()) problems.push({ field: 'outcome', message: 'Outcome is required' });
      if (problems.length > 0) throw new InvalidInputError(problems);
      if (before.status === 'concluded') {
        throw new DomainError('rule_violated', 'already_concluded', 'This process has already concluded.');
      }
      const after = await this.processes.update(actor.partnershipId, reviewId, processId, {
        status: 'concluded',
        concludedOn: conclusion.concludedOn,
        outcome: conclusion.outcome.trim(),
        nextHearingOn: null,
      });
      await this.audit.record(actor, {
        action: 'parallel-process.concluded',
        entityType: 'parallel-process',
        entityId: processId,
        before,
        after,
      });
      return after;
    });
  }

  private async inHand(
    actor: PartnershipActor,
    reviewId: ReviewId,
    processId: string,
    expectedVersion: number,
  ): Promise<ParallelProcess> {
    const process = await this.processes.find(actor.partnershipId, reviewId, processId);
    if (!process) throw new NotFoundError('Parallel process');
    assertVersion('This process', process.version, expectedVersion);
    return process;
  }
}

import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { newId } from '@dhr/platform-database';
import { DomainError, InvalidInputError, todayIn } from '@dhr/platform-domain';
import { PauseReason } from '../domain/pause';
import { Review, ReviewId } from '../domain/review';
import { ReviewCapability } from '../domain/review-access';
import { assertTransition } from '../domain/review-guards';
import { isTerminalStatus, ReviewTransition } from '../domain/review-status';
import { BreachReason, breachReasonProblems, completionBreached } from '../domain/statutory-clock';
import { ReviewPauseRepository } from '../persistence/review-pause.repository';
import { datesInOrder } from './review-decision.service';
import { ReviewChanger } from './review-changes';
import { ReviewFactsGatherer } from './review-facts';

/** The stage moves that need nothing but a date and the guards; the others have their own commands. */
export const SIMPLE_TRANSITIONS = ['start_work', 'start_drafting', 'start_consultation', 'close'] as const;
export type SimpleTransition = (typeof SIMPLE_TRANSITIONS)[number];
const CAPABILITY_FOR: Record<SimpleTransition, ReviewCapability> = {
  start_work: 'work',
  start_drafting: 'work',
  start_consultation: 'work',
  close: 'administer',
};

export interface PauseInput {
  reason: PauseReason;
  note?: string | null;
  parallelProcessId?: string | null;
  pausedOn: string;
  revisitOn: string;
}

export interface FamilyInvolvement {
  advocacyOfferedOn?: string | null;
  draftSharedOn?: string | null;
  pseudonymNote?: string | null;
  familyToldPublicationOn?: string | null;
}

export interface Publication {
  publishedOn: string;
  url: string;
  removalReviewOn?: string | null;
}

/** Moves a review through its stages, each move checked against the rules of domain.md. */
@Injectable()
export class ReviewLifecycleService {
  constructor(
    private readonly changer: ReviewChanger,
    private readonly facts: ReviewFactsGatherer,
    private readonly pauses: ReviewPauseRepository,
    private readonly audit: AuditLog,
  ) {}

  move(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    transition: SimpleTransition,
    on: string,
    note: string | null,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(
      actor,
      id,
      version,
      CAPABILITY_FOR[transition],
      transitionAction(transition),
      async ({ review }) => {
        assertNotBefore('on', on, review.statusChangedOn ?? review.notification.notifiedOn, todayIn(now));
        const status = await this.guarded(review, transition, now);
        return { status, statusChangedOn: on, statusNote: note };
      },
    );
  }

  signOff(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    signedOffOn: string,
    signedOffBy: string,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(actor, id, version, 'sign_off', 'signed-off', async ({ review }) => {
      assertNotBefore(
        'signedOffOn',
        signedOffOn,
        review.statusChangedOn ?? review.notification.notifiedOn,
        todayIn(now),
      );
      const status = await this.guarded(review, 'sign_off', now);
      return { status, statusChangedOn: signedOffOn, signedOffOn, signedOffBy };
    });
  }

  transfer(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    to: string,
    reason: string,
    on: string,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(actor, id, version, 'administer', 'transferred', async ({ review }) => {
      assertNotBefore('transferredOn', on, review.notification.notifiedOn, todayIn(now));
      const status = await this.guarded(review, 'transfer', now);
      return { status, statusChangedOn: on, transferredTo: to, statusNote: reason };
    });
  }

  /** Rule 9: published only once cleared, criminal proceedings over and the family told the date. */
  publish(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    input: Publication,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(actor, id, version, 'administer', 'published', async ({ review }) => {
      assertNotBefore(
        'publishedOn',
        input.publishedOn,
        review.statusChangedOn ?? review.notification.notifiedOn,
        todayIn(now),
      );
      if (input.removalReviewOn && input.removalReviewOn <= input.publishedOn) {
        throw new InvalidInputError([
          { field: 'removalReviewOn', message: 'Date to review removal must be after publication' },
        ]);
      }
      const status = await this.guarded(review, 'publish', now);
      return {
        status,
        statusChangedOn: input.publishedOn,
        publishedOn: input.publishedOn,
        publicationUrl: input.url,
        removalReviewOn: input.removalReviewOn ?? null,
      };
    });
  }

  /** Rule 10: a breach of the completion date is explained with a reason and a note. */
  recordBreachReason(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    reason: BreachReason,
    note: string,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(actor, id, version, 'work', 'breach-explained', async ({ review }) => {
      const problems = breachReasonProblems(reason, note);
      if (problems.length > 0) throw new InvalidInputError(problems);
      if (!completionBreached(await this.facts.clocksOf(review, now))) {
        throw new DomainError(
          'rule_violated',
          'not_breached',
          'The completion date has not passed: there is no breach to explain.',
        );
      }
      return { breachReason: reason, breachNote: note.trim() };
    });
  }

  /** Rule 10: a pause needs a reason and a date to revisit it; the clocks keep running in view. */
  pause(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    input: PauseInput,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(actor, id, version, 'administer', 'paused', async ({ review }) => {
      if (isTerminalStatus(review.status)) {
        throw new DomainError(
          'rule_violated',
          'review_finished',
          'A review that has ended cannot be paused.',
        );
      }
      if (await this.pauses.open(actor.partnershipId, id)) {
        throw new DomainError('rule_violated', 'already_paused', 'The review is already paused.');
      }
      assertNotBefore('pausedOn', input.pausedOn, review.notification.notifiedOn, todayIn(now));
      if (input.revisitOn <= input.pausedOn) {
        throw new InvalidInputError([
          { field: 'revisitOn', message: 'Date to revisit must be after the date paused' },
        ]);
      }
      const pause = await this.pauses.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reviewId: id,
        reason: input.reason,
        note: input.note ?? null,
        parallelProcessId: input.parallelProcessId ?? null,
        pausedOn: input.pausedOn,
        revisitOn: input.revisitOn,
        resumedOn: null,
      });
      await this.audit.record(actor, {
        action: 'review-pause.started',
        entityType: 'review-pause',
        entityId: pause.id,
        after: pause,
      });
      return {};
    });
  }

  resume(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    resumedOn: string,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(actor, id, version, 'administer', 'resumed', async () => {
      const open = await this.pauses.open(actor.partnershipId, id);
      if (!open) throw new DomainError('rule_violated', 'not_paused', 'The review is not paused.');
      assertNotBefore('resumedOn', resumedOn, open.pausedOn, todayIn(now));
      const after = await this.pauses.update(actor.partnershipId, id, open.id, { resumedOn });
      await this.audit.record(actor, {
        action: 'review-pause.ended',
        entityType: 'review-pause',
        entityId: open.id,
        before: open,
        after,
      });
      return {};
    });
  }

  /** Stage 8, throughout: advocacy offered, the draft shared, the pseudonym chosen, the publication date told. */
  recordFamilyInvolvement(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    input: FamilyInvolvement,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(actor, id, version, 'work', 'family-involvement-recorded', ({ review }) => {
      const notified = review.notification.notifiedOn;
      const problems = datesInOrder(
        [
          [
            'advocacyOfferedOn',
            input.advocacyOfferedOn,
            notified,
            'Date advocacy was offered must be on or after the notification',
          ],
          [
            'draftSharedOn',
            input.draftSharedOn,
            notified,
            'Date the draft was shared must be on or after the notification',
          ],
          [
            'familyToldPublicationOn',
            input.familyToldPublicationOn,
            notified,
            'Date the family was told must be on or after the notification',
          ],
        ],
        todayIn(now),
      );
      if (problems.length > 0) throw new InvalidInputError(problems);
      return {
        familyAdvocacyOfferedOn: input.advocacyOfferedOn ?? null,
        familyDraftSharedOn: input.draftSharedOn ?? null,
        familyPseudonymNote: input.pseudonymNote ?? null,
        familyToldPublicationOn: input.familyToldPublicationOn ?? null,
      };
    });
  }

  private async guarded(review: Review, transition: ReviewTransition, now: Date) {
    const { facts } = await this.facts.situationOf(review, now);
    return assertTransition(facts, transition);
  }
}

function transitionAction(transition: SimpleTransition): string {
  return transition.replace(/_/g, '-');
}

function assertNotBefore(field: string, date: string, notBefore: string, today: string): void {
  const problems = datesInOrder(
    [[field, date, notBefore, 'Date must be on or after the last change of stage']],
    today,
  );
  if (problems.length > 0) throw new InvalidInputError(problems);
}

import { Injectable } from '@nestjs/common';
import { UserDirectory } from '@dhr/identity';
import { PartnershipActor } from '@dhr/platform-auth';
import { DomainError, FieldProblem, InvalidInputError, todayIn, UserId } from '@dhr/platform-domain';
import { Decision, Review, ReviewId } from '../domain/review';
import { assertTransition } from '../domain/review-guards';
import { ReviewChanger } from './review-changes';
import { ReviewFactsGatherer } from './review-facts';

export interface DecisionInput {
  outcome: Decision;
  decidedOn: string;
  decisionMaker: string;
  rationale: string;
  homeOfficeInformedOn?: string | null;
}

export interface ChairAppointment {
  chairUserId: UserId;
  appointedOn: string;
  authorUserId?: UserId | null;
}

/** Stages 2 to 4: the decision, telling the Home Office, and the independent chair who must declare independence. */
@Injectable()
export class ReviewDecisionService {
  constructor(
    private readonly changer: ReviewChanger,
    private readonly facts: ReviewFactsGatherer,
    private readonly users: UserDirectory,
  ) {}

  decide(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    input: DecisionInput,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(actor, id, version, 'decide', 'decided', async ({ review }) => {
      const problems = datesInOrder(
        [
          [
            'decidedOn',
            input.decidedOn,
            review.notification.notifiedOn,
            'Date of decision must be on or after the date notified',
          ],
          [
            'homeOfficeInformedOn',
            input.homeOfficeInformedOn,
            input.decidedOn,
            'Date the Home Office was told must be on or after the decision',
          ],
        ],
        todayIn(now),
      );
      if (problems.length > 0) throw new InvalidInputError(problems);
      const { facts } = await this.facts.situationOf(review, now);
      const status = assertTransition(facts, input.outcome === 'commission' ? 'commission' : 'decline');
      return {
        status,
        statusChangedOn: input.decidedOn,
        decision: input.outcome,
        decidedOn: input.decidedOn,
        decisionMaker: input.decisionMaker,
        decisionRationale: input.rationale,
        homeOfficeInformedOn: input.homeOfficeInformedOn ?? null,
      };
    });
  }

  recordHomeOfficeInformed(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    informedOn: string,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(actor, id, version, 'decide', 'home-office-informed', ({ review }) => {
      if (!review.decision) {
        throw new DomainError(
          'rule_violated',
          'decision_missing',
          'Record the decision before telling the Home Office of it.',
        );
      }
      const problems = datesInOrder(
        [
          [
            'informedOn',
            informedOn,
            review.decision.decidedOn,
            'Date the Home Office was told must be on or after the decision',
          ],
        ],
        todayIn(now),
      );
      if (problems.length > 0) throw new InvalidInputError(problems);
      return { homeOfficeInformedOn: informedOn };
    });
  }

  appointChair(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    input: ChairAppointment,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(actor, id, version, 'administer', 'chair-appointed', async ({ review }) => {
      if (!review.decision || review.decision.outcome !== 'commission') {
        throw new DomainError(
          'rule_violated',
          'not_commissioned',
          'A chair is appointed once the review is commissioned.',
        );
      }
      const problems: FieldProblem[] = datesInOrder(
        [
          [
            'appointedOn',
            input.appointedOn,
            review.decision.decidedOn,
            'Date appointed must be on or after the decision',
          ],
        ],
        todayIn(now),
      );
      const chair = await this.users.user(actor.partnershipId, input.chairUserId);
      if (!chair || chair.status === 'deactivated' || !chair.roles.includes('independent_chair')) {
        problems.push({ field: 'chairUserId', message: 'Choose an independent chair of this partnership' });
      }
      if (input.authorUserId && !(await this.users.user(actor.partnershipId, input.authorUserId))) {
        problems.push({ field: 'authorUserId', message: 'Choose a person of this partnership' });
      }
      if (problems.length > 0) throw new InvalidInputError(problems);
      const sameChair = review.chair?.userId === input.chairUserId ? review.chair : null;
      return {
        chairUserId: input.chairUserId,
        chairAppointedOn: input.appointedOn,
        authorUserId: input.authorUserId ?? null,
        // a new chair declares their own independence
        chairIndependenceStatement: sameChair?.independenceStatement ?? null,
        chairIndependenceDeclaredAt: sameChair?.independenceDeclaredAt ?? null,
      };
    });
  }

  /** Rule 3: the chair declares independence from every agency under review (or the coordinator records it). */
  declareIndependence(
    actor: PartnershipActor,
    id: ReviewId,
    version: number,
    statement: string,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(
      actor,
      id,
      version,
      'work',
      'chair-independence-declared',
      ({ review, capabilities }) => {
        if (!review.chair) {
          throw new DomainError(
            'rule_violated',
            'chair_not_appointed',
            'Appoint the independent chair first.',
          );
        }
        if (review.chair.userId !== actor.userId && !capabilities.has('administer')) {
          throw new DomainError(
            'forbidden',
            'forbidden',
            'Only the chair, or the coordinator for them, declares independence.',
          );
        }
        return { chairIndependenceStatement: statement, chairIndependenceDeclaredAt: now };
      },
    );
  }
}

type DateRule = [field: string, date: string | null | undefined, notBefore: string, message: string];

/** Each date not in the future and not before the date it follows. */
export function datesInOrder(rules: DateRule[], today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, date, notBefore, message] of rules) {
    if (!date) continue;
    if (date > today) problems.push({ field, message: `${message}, and not in the future` });
    else if (date < notBefore) problems.push({ field, message });
  }
  return problems;
}

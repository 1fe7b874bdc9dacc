import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { DocumentDirectory } from '@dhr/documents';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import {
  assertVersion,
  DomainError,
  FieldProblem,
  InvalidInputError,
  NotFoundError,
  todayIn,
} from '@dhr/platform-domain';
import { Review, ReviewId } from '../domain/review';
import { assertTransition } from '../domain/review-guards';
import {
  missingFromSubmission,
  QaOutcome,
  Submission,
  SUBMISSION_PARTS,
  SubmissionPart,
} from '../domain/submission';
import { SubmissionEntity } from '../persistence/submission.entity';
import { SubmissionRepository } from '../persistence/submission.repository';
import { datesInOrder } from './review-decision.service';
import { ReviewAccess } from './review-access';
import { ReviewChanger } from './review-changes';
import { ReviewFactsGatherer } from './review-facts';

type SubmissionChanges = Parameters<SubmissionRepository['update']>[3];

export type SubmissionParts = Partial<Record<SubmissionPart, string | null>>;

export interface QaOutcomeInput {
  outcome: QaOutcome;
  outcomeOn: string;
  letterDocumentId: string;
}

const PART_COLUMNS: Record<SubmissionPart, keyof SubmissionEntity> = {
  overviewReport: 'overviewReportDocumentId',
  executiveSummary: 'executiveSummaryDocumentId',
  actionPlan: 'actionPlanDocumentId',
  signOffLetter: 'signOffLetterDocumentId',
};

/**
 * Stages 13 and 14: the versions of the bundle sent to the Home Office and what its QA panel said of each.
 * A version is prepared after sign-off, sent once complete and checked for anonymity (rule 7), and never
 * changes once sent; a "resubmit" outcome reopens drafting and needs a new sign-off and version (rule 8).
 */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly db: Db,
    private readonly access: ReviewAccess,
    private readonly changer: ReviewChanger,
    private readonly facts: ReviewFactsGatherer,
    private readonly submissions: SubmissionRepository,
    private readonly documents: DocumentDirectory,
    private readonly audit: AuditLog,
  ) {}

  async list(actor: PartnershipActor, reviewId: ReviewId): Promise<Submission[]> {
    await this.access.require(actor, reviewId, 'view');
    return this.submissions.listFor(actor.partnershipId, reviewId);
  }

  /** A new, empty version: only for a signed-off review, and only when no earlier version waits to be sent. */
  start(actor: PartnershipActor, reviewId: ReviewId): Promise<Submission> {
    return this.db.transaction(async () => {
      const { review } = await this.access.require(actor, reviewId, 'administer', true);
      if (review.status !== 'signed_off') {
        throw new DomainError(
          'rule_violated',
          'review_not_signed_off',
          'A submission version is prepared once the CSP has signed off the review (again, after a resubmit outcome).',
        );
      }
      const latest = await this.submissions.latest(actor.partnershipId, reviewId);
      if (latest && !latest.sentOn) {
        throw new DomainError(
          'rule_violated',
          'unsent_version_exists',
          `Version ${latest.versionNumber} has not been sent yet: complete and send it instead.`,
        );
      }
      const submission = await this.submissions.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reviewId,
        versionNumber: (latest?.versionNumber ?? 0) + 1,
        overviewReportDocumentId: null,
        executiveSummaryDocumentId: null,
        actionPlanDocumentId: null,
        signOffLetterDocumentId: null,
        anonymisationCheckedBy: null,
        anonymisationCheckedAt: null,
        sentOn: null,
        qaOutcome: null,
        qaOutcomeOn: null,
        qaLetterDocumentId: null,
      });
      await this.audit.record(actor, {
        action: 'submission.started',
        entityType: 'submission',
        entityId: submission.id,
        after: submission,
      });
      return submission;
    });
  }

  /**
   * Omitted parts stay as they are; null clears one. Each is a document attached to this review. Changing any
   * part voids the anonymisation check, which was of the documents as they were.
   */
  setDocuments(
    actor: PartnershipActor,
    reviewId: ReviewId,
    submissionId: string,
    expectedVersion: number,
    parts: SubmissionParts,
  ): Promise<Submission> {
    return this.db.transaction(async () => {
      await this.access.require(actor, reviewId, 'administer', true);
      const before = await this.unsent(actor, reviewId, submissionId, expectedVersion);
      await this.assertAttached(actor, reviewId, parts);
      const merged: SubmissionParts = { ...before.documents, ...parts };
      const problems: FieldProblem[] = [];
      for (const part of SUBMISSION_PARTS) {
        const id = parts[part];
        const other = SUBMISSION_PARTS.find(
          (candidate) => candidate !== part && id && merged[candidate] === id,
        );
        if (other) problems.push({ field: part, message: `must not be the same document as ${other}` });
      }
      if (problems.length > 0) throw new InvalidInputError(problems);
      const changes: SubmissionChanges = {};
      for (const part of SUBMISSION_PARTS) {
        const id = parts[part];
        if (id !== undefined) Object.assign(changes, { [PART_COLUMNS[part]]: id });
      }
      const changed = SUBMISSION_PARTS.some(
        (part) => parts[part] !== undefined && parts[part] !== before.documents[part],
      );
      if (changed) Object.assign(changes, { anonymisationCheckedBy: null, anonymisationCheckedAt: null });
      const updated = await this.submissions.update(actor.partnershipId, reviewId, submissionId, changes);
      await this.audit.record(actor, {
        action: 'submission.documents-set',
        entityType: 'submission',
        entityId: submissionId,
        before,
        after: updated,
      });
      return updated;
    });
  }

  /**
   * Until the text is checked automatically, someone confirms no real identity of a subject appears in any
   * part (rule 7): who and when are recorded. Only a complete bundle can be checked.
   */
  recordAnonymisationCheck(
    actor: PartnershipActor,
    reviewId: ReviewId,
    submissionId: string,
    expectedVersion: number,
    now = new Date(),
  ): Promise<Submission> {
    return this.db.transaction(async () => {
      await this.access.require(actor, reviewId, 'administer', true);
      const before = await this.unsent(actor, reviewId, submissionId, expectedVersion);
      const missingParts = missingFromSubmission(before).filter(
        (missing) => missing !== 'anonymisation check',
      );
      if (missingParts.length > 0) {
        throw new DomainError(
          'rule_violated',
          'submission_incomplete',
          `Attach every part before checking the anonymisation; missing: ${missingParts.join(', ')}.`,
        );
      }
      const after = await this.submissions.update(actor.partnershipId, reviewId, submissionId, {
        anonymisationCheckedBy: actor.userId,
        anonymisationCheckedAt: now,
      });
      await this.audit.record(actor, {
        action: 'submission.anonymisation-checked',
        entityType: 'submission',
        entityId: submissionId,
        before,
        after,
      });
      return after;
    });
  }

  /** The "submit" transition: the latest version goes to the Home Office; the completion clock stops. */
  send(
    actor: PartnershipActor,
    reviewId: ReviewId,
    submissionId: string,
    reviewVersion: number,
    sentOn: string,
    now = new Date(),
  ): Promise<Review> {
    return this.changer.change(
      actor,
      reviewId,
      reviewVersion,
      'administer',
      'submitted',
      async ({ review }) => {
        const before = await this.latestVersion(actor, reviewId, submissionId);
        if (before.sentOn) throw sentAlready(before);
        const problems = datesInOrder(
          [
            [
              'sentOn',
              sentOn,
              review.signOff?.signedOffOn ?? review.notification.notifiedOn,
              'Date sent must be on or after the sign-off',
            ],
          ],
          todayIn(now),
        );
        if (problems.length > 0) throw new InvalidInputError(problems);
        const { facts } = await this.facts.situationOf(review, now);
        const status = assertTransition(facts, 'submit');
        const after = await this.submissions.update(actor.partnershipId, reviewId, submissionId, { sentOn });
        await this.audit.record(actor, {
          action: 'submission.sent',
          entityType: 'submission',
          entityId: submissionId,
          before,
          after,
        });
        return { status, statusChangedOn: sentOn, firstSubmittedOn: review.firstSubmittedOn ?? sentOn };
      },
    );
  }

  /** The QA panel's letter on the version sent: cleared, or resubmit, which reopens drafting (rule 8). */
  recordQaOutcome(
    actor: PartnershipActor,
    reviewId: ReviewId,
    submissionId: string,
    reviewVersion: number,
    input: QaOutcomeInput,
    now = new Date(),
  ): Promise<Review> {
    const action = input.outcome === 'cleared' ? 'qa-cleared' : 'qa-resubmit';
    return this.changer.change(actor, reviewId, reviewVersion, 'administer', action, async ({ review }) => {
      const before = await this.latestVersion(actor, reviewId, submissionId);
      if (!before.sentOn) {
        throw new DomainError('rule_violated', 'submission_not_sent', 'This version has not been sent yet.');
      }
      if (before.qa) {
        throw new DomainError(
          'rule_violated',
          'qa_outcome_recorded',
          `The outcome of version ${before.versionNumber} is already recorded: ${before.qa.outcome}.`,
        );
      }
      const problems = datesInOrder(
        [
          [
            'outcomeOn',
            input.outcomeOn,
            before.sentOn,
            'Date of the outcome must be on or after the date sent',
          ],
        ],
        todayIn(now),
      );
      problems.push(
        ...(await this.unattached(actor, reviewId, { letterDocumentId: input.letterDocumentId })),
      );
      if (problems.length > 0) throw new InvalidInputError(problems);
      const { facts } = await this.facts.situationOf(review, now);
      const status = assertTransition(
        facts,
        input.outcome === 'cleared' ? 'record_cleared' : 'record_resubmit',
      );
      const after = await this.submissions.update(actor.partnershipId, reviewId, submissionId, {
        qaOutcome: input.outcome,
        qaOutcomeOn: input.outcomeOn,
        qaLetterDocumentId: input.letterDocumentId,
      });
      await this.audit.record(actor, {
        action: 'submission.qa-outcome-recorded',
        entityType: 'submission',
        entityId: submissionId,
        before,
        after,
      });
      // rule 8: the sign-off was of the draft the Home Office sent back; the next version needs a new one
      const reopened = input.outcome === 'resubmit' ? { signedOffOn: null, signedOffBy: null } : {};
      return { status, statusChangedOn: input.outcomeOn, ...reopened };
    });
  }

  private async unsent(
    actor: PartnershipActor,
    reviewId: ReviewId,
    submissionId: string,
    expectedVersion: number,
  ): Promise<Submission> {
    const submission = await this.submissions.find(actor.partnershipId, reviewId, submissionId);
    if (!submission) throw new NotFoundError('Submission');
    assertVersion('This submission', submission.version, expectedVersion);
    if (submission.sentOn) throw sentAlready(submission);
    return submission;
  }

  /** Sending and QA outcomes concern the latest version only: an earlier one is history. */
  private async latestVersion(
    actor: PartnershipActor,
    reviewId: ReviewId,
    submissionId: string,
  ): Promise<Submission> {
    const submission = await this.submissions.find(actor.partnershipId, reviewId, submissionId);
    if (!submission) throw new NotFoundError('Submission');
    const latest = await this.submissions.latest(actor.partnershipId, reviewId);
    if (latest && latest.id !== submission.id) {
      throw new DomainError(
        'rule_violated',
        'submission_superseded',
        `Version ${submission.versionNumber} has been superseded by version ${latest.versionNumber}.`,
      );
    }
    return submission;
  }

  private async assertAttached(
    actor: PartnershipActor,
    reviewId: ReviewId,
    ids: Record<string, string | null | undefined>,
  ) {
    const problems = await this.unattached(actor, reviewId, ids);
    if (problems.length > 0) throw new InvalidInputError(problems);
  }

  /** Each field naming a document that is not attached to this review (or does not exist in the partnership). */
  private async unattached(
    actor: PartnershipActor,
    reviewId: ReviewId,
    ids: Record<string, string | null | undefined>,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    for (const [field, id] of Object.entries(ids)) {
      if (!id) continue;
      const document = await this.documents.find(actor.partnershipId, id);
      if (!document || document.ownerType !== 'review' || document.ownerId !== reviewId) {
        problems.push({ field, message: 'must be a document attached to this review' });
      }
    }
    return problems;
  }
}

function sentAlready(submission: Submission): DomainError {
  return new DomainError(
    'rule_violated',
    'submission_sent',
    `Version ${submission.versionNumber} was sent on ${submission.sentOn}: a sent version does not change.`,
  );
}

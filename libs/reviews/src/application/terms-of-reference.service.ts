import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipDirectory } from '@dhr/partnerships';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import {
  AgencyId,
  ApproximateDate,
  assertVersion,
  DomainError,
  FieldProblem,
  InvalidInputError,
  NotFoundError,
  todayIn,
} from '@dhr/platform-domain';
import {
  agreementDateProblem,
  nextDraft,
  panelClosedReason,
  periodProblems,
  periodRunsForwards,
} from '../domain/panel-rules';
import { Review, ReviewId } from '../domain/review';
import { agreementProblems, numberQuestions, TermsOfReference } from '../domain/terms-of-reference';
import { PanelMeetingRepository } from '../persistence/panel-meeting.repository';
import { TermsOfReferenceRepository } from '../persistence/terms-of-reference.repository';
import { ReviewAccess } from './review-access';

/** The content of a version; questions as texts, numbered 1..n when stored. */
export interface TermsContent {
  purpose: string;
  periodFrom: ApproximateDate;
  periodTo: ApproximateDate;
  agencyIds: string[];
  questions: string[];
  equalityAndDiversity: string | null;
  familyInvolvement: string | null;
  parallelProcesses: string | null;
  revisionNote: string | null;
}

export type TermsChanges = Partial<TermsContent>;

/**
 * Versioned terms of reference. A draft is edited until the panel agrees it at a recorded meeting; an agreed
 * version never changes, and a revision is a new draft copied from it (seed 003: v2 added questions 11 and 12).
 */
@Injectable()
export class TermsOfReferenceService {
  constructor(
    private readonly db: Db,
    private readonly access: ReviewAccess,
    private readonly terms: TermsOfReferenceRepository,
    private readonly meetings: PanelMeetingRepository,
    private readonly partnerships: PartnershipDirectory,
    private readonly audit: AuditLog,
  ) {}

  async list(actor: PartnershipActor, reviewId: ReviewId): Promise<TermsOfReference[]> {
    await this.access.require(actor, reviewId, 'view');
    return this.terms.listFor(actor.partnershipId, reviewId);
  }

  async version(actor: PartnershipActor, reviewId: ReviewId, versionId: string): Promise<TermsOfReference> {
    await this.access.require(actor, reviewId, 'view');
    const version = await this.terms.find(actor.partnershipId, reviewId, versionId);
    if (!version) throw new NotFoundError('Terms of reference version');
    return version;
  }

  /** The first draft, from what is given; or a revision: the latest agreed version with the given changes. */
  startDraft(
    actor: PartnershipActor,
    reviewId: ReviewId,
    given: TermsChanges,
    now = new Date(),
  ): Promise<TermsOfReference> {
    return this.db.transaction(async () => {
      const { review } = await this.access.require(actor, reviewId, 'work', true);
      assertOpen(review);
      const next = nextDraft(await this.terms.listFor(actor.partnershipId, reviewId));
      if (next.kind === 'draft_exists') {
        throw new DomainError(
          'conflict',
          'terms_draft_exists',
          `Version ${next.draft.versionNumber} is still a draft: change or agree it before starting another.`,
        );
      }
      const basis: Partial<TermsContent> = next.kind === 'revision' ? contentOf(next.basis) : {};
      const changes = withoutUndefined(given);
      if (next.kind === 'first') {
        const missing = (['periodFrom', 'periodTo'] as const).filter((field) => !changes[field]);
        if (missing.length > 0) {
          throw new InvalidInputError(
            missing.map((field) => ({ field, message: `${field} is needed for the first version` })),
          );
        }
      }
      const content: TermsContent = {
        purpose: '',
        agencyIds: [],
        questions: [],
        equalityAndDiversity: null,
        familyInvolvement: null,
        parallelProcesses: null,
        ...basis,
        revisionNote: null,
        ...changes,
      } as TermsContent;
      await this.assertValid(actor, content, now);
      const draft = await this.terms.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reviewId,
        versionNumber: next.versionNumber,
        status: 'draft',
        ...columnsOf(content),
        agreedOn: null,
        agreedAtMeetingId: null,
      });
      await this.audit.record(actor, {
        action: 'terms-of-reference.drafted',
        entityType: 'terms-of-reference',
        entityId: draft.id,
        after: draft,
      });
      return draft;
    });
  }

  updateDraft(
    actor: PartnershipActor,
    reviewId: ReviewId,
    versionId: string,
    expectedVersion: number,
    changes: TermsChanges,
    now = new Date(),
  ): Promise<TermsOfReference> {
    return this.db.transaction(async () => {
      const { review } = await this.access.require(actor, reviewId, 'work', true);
      const before = await this.draftToChange(actor, reviewId, versionId);
      assertVersion('This version of the terms of reference', before.version, expectedVersion);
      assertOpen(review);
      const content: TermsContent = { ...contentOf(before), ...withoutUndefined(changes) };
      await this.assertValid(actor, content, now);
      const after = await this.terms.update(actor.partnershipId, reviewId, versionId, columnsOf(content));
      await this.audit.record(actor, {
        action: 'terms-of-reference.updated',
        entityType: 'terms-of-reference',
        entityId: versionId,
        before,
        after,
      });
      return after;
    });
  }

  /** The panel agrees the draft at a recorded meeting of this review; it is agreed on the meeting's date. */
  agree(
    actor: PartnershipActor,
    reviewId: ReviewId,
    versionId: string,
    expectedVersion: number,
    meetingId: string,
  ): Promise<TermsOfReference> {
    return this.db.transaction(async () => {
      const { review } = await this.access.require(actor, reviewId, 'work', true);
      const before = await this.draftToChange(actor, reviewId, versionId);
      assertVersion('This version of the terms of reference', before.version, expectedVersion);
      assertOpen(review);
      const meeting = await this.meetings.find(actor.partnershipId, reviewId, meetingId);
      if (!meeting) {
        throw new InvalidInputError([
          { field: 'meetingId', message: 'Choose a recorded meeting of this review’s panel' },
        ]);
      }
      const problems = agreementProblems(before, periodRunsForwards(before));
      if (problems.length > 0) {
        throw new DomainError(
          'rule_violated',
          'terms_incomplete',
          'These terms of reference cannot be agreed yet: ' + problems.map((p) => p.message).join('; ') + '.',
          problems,
        );
      }
      const outOfOrder = agreementDateProblem(
        await this.terms.listFor(actor.partnershipId, reviewId),
        before.versionNumber,
        meeting.heldOn,
      );
      if (outOfOrder) throw new DomainError('rule_violated', 'terms_agreed_out_of_order', outOfOrder);
      const after = await this.terms.update(actor.partnershipId, reviewId, versionId, {
        status: 'agreed',
        agreedOn: meeting.heldOn,
        agreedAtMeetingId: meeting.id,
      });
      await this.audit.record(actor, {
        action: 'terms-of-reference.agreed',
        entityType: 'terms-of-reference',
        entityId: versionId,
        before,
        after,
      });
      return after;
    });
  }

  private async draftToChange(
    actor: PartnershipActor,
    reviewId: ReviewId,
    versionId: string,
  ): Promise<TermsOfReference> {
    const version = await this.terms.find(actor.partnershipId, reviewId, versionId);
    if (!version) throw new NotFoundError('Terms of reference version');
    if (version.status === 'agreed') {
      throw new DomainError(
        'rule_violated',
        'terms_agreed',
        `Version ${version.versionNumber} was agreed on ${version.agreedOn} and cannot change: start a revision instead.`,
      );
    }
    return version;
  }

  private async assertValid(actor: PartnershipActor, content: TermsContent, now: Date): Promise<void> {
    const problems: FieldProblem[] = periodProblems(content, todayIn(now));
    for (const [index, agencyId] of content.agencyIds.entries()) {
      if (!(await this.partnerships.agency(actor.partnershipId, agencyId as AgencyId))) {
        problems.push({ field: `agencyIds.${index}`, message: 'Choose an agency of this partnership' });
      }
    }
    if (problems.length > 0) throw new InvalidInputError(problems);
  }
}

function assertOpen(review: Review): void {
  const reason = panelClosedReason(review);
  if (reason) throw new DomainError('rule_violated', 'panel_closed', reason);
}

function contentOf(version: TermsOfReference): TermsContent {
  return {
    purpose: version.purpose,
    periodFrom: version.periodFrom,
    periodTo: version.periodTo,
    agencyIds: [...version.agencyIds],
    questions: version.questions.map((question) => question.text),
    equalityAndDiversity: version.equalityAndDiversity,
    familyInvolvement: version.familyInvolvement,
    parallelProcesses: version.parallelProcesses,
    revisionNote: version.revisionNote,
  };
}

function columnsOf(content: TermsContent) {
  return {
    purpose: content.purpose.trim(),
    periodFrom: partsOf(content.periodFrom),
    periodTo: partsOf(content.periodTo),
    agencyIds: [...content.agencyIds],
    questions: numberQuestions(content.questions),
    equalityAndDiversity: content.equalityAndDiversity ?? null,
    familyInvolvement: content.familyInvolvement ?? null,
    parallelProcesses: content.parallelProcesses ?? null,
    revisionNote: content.revisionNote ?? null,
  };
}

/** Stored with only the parts its precision carries (a JSON null part is dropped). */
function partsOf(date: ApproximateDate): ApproximateDate {
  const { precision, year, month, day, season, qualifier } = date;
  return {
    precision,
    year,
    ...(month != null && { month }),
    ...(day != null && { day }),
    ...(season != null && { season }),
    ...(qualifier != null && { qualifier }),
  };
}

/** Only the fields sent change; an explicit null still clears. */
function withoutUndefined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

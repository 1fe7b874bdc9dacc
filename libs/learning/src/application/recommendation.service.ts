import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { ImrDirectory } from '@dhr/imr';
import { PartnershipDirectory } from '@dhr/partnerships';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId, Page } from '@dhr/platform-database';
import {
  AgencyId,
  assertVersion,
  DomainError,
  FieldProblem,
  InvalidInputError,
  NotFoundError,
} from '@dhr/platform-domain';
import { ReviewDirectory, ReviewId } from '@dhr/reviews';
import { Recommendation, RecommendationSource, SourceKind } from '../domain/learning-records';
import {
  RECOMMENDATION_LEVELS,
  RecommendationLevel,
  recommendationProblems,
  RecommendationScope,
} from '../domain/recommendation';
import { RecommendationSourceRepository } from '../persistence/recommendation-source.repository';
import { RecommendationRepository } from '../persistence/recommendation.repository';
import { LearningAccess } from './learning-access';
import { LearningLinks } from './learning-links';

export interface RecommendationDetails {
  reference: string;
  level: RecommendationLevel;
  text: string;
  scope: RecommendationScope;
  nationalRecipient?: string | null;
  nationalNotifiedOn?: string | null;
  leadAgencyId?: string | null;
  targetDate?: string | null;
  targetToBeAgreed?: boolean;
  imrRequestId?: string | null;
  themeIds?: string[];
}

export interface SourceDetails {
  key: string;
  name: string;
  kind: Exclude<SourceKind, 'review'>;
}

export interface ImrCopy {
  created: Recommendation[];
  items: Recommendation[];
}

const REFERENCE_LENGTH = 30;

/**
 * Recommendations: a review's (panel-level, or single-agency from its IMRs), and those of other sources a
 * partnership's plan carries (scrutiny reviews, inspections, other partnerships' reviews). Rule 11: each has a
 * lead agency and a target date, or a target explicitly to be agreed.
 */
@Injectable()
export class RecommendationService {
  constructor(
    private readonly db: Db,
    private readonly access: LearningAccess,
    private readonly recommendations: RecommendationRepository,
    private readonly sources: RecommendationSourceRepository,
    private readonly links: LearningLinks,
    private readonly reviews: ReviewDirectory,
    private readonly imrs: ImrDirectory,
    private readonly partnerships: PartnershipDirectory,
    private readonly audit: AuditLog,
  ) {}

  async listForReview(actor: PartnershipActor, reviewId: string): Promise<Recommendation[]> {
    await this.access.review(actor, reviewId, false);
    return this.recommendations.listForReview(actor.partnershipId, reviewId);
  }

  /**
   * A source's recommendations, read as one of them is: a review's by whoever may see the review (a lead
   * officer as such may not: they reach a review's recommendations only through their agency's actions), any
   * other source's by everyone who reads the plan, lead officers included. Another partnership's is not found.
   */
  async listForSource(
    actor: PartnershipActor,
    sourceId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<Recommendation>> {
    const source = await this.sources.find(actor.partnershipId, sourceId);
    if (!source) throw new NotFoundError('Recommendation source');
    if (source.reviewId) await this.access.review(actor, source.reviewId, false);
    return this.recommendations.listForSource(actor.partnershipId, sourceId, limit, cursor);
  }

  async get(actor: PartnershipActor, id: string): Promise<Recommendation> {
    const found = await this.recommendations.find(actor.partnershipId, id);
    if (!found) throw new NotFoundError('Recommendation');
    if (found.reviewId) await this.access.review(actor, found.reviewId, false);
    return found;
  }

  addToReview(
    actor: PartnershipActor,
    reviewId: string,
    input: RecommendationDetails,
  ): Promise<Recommendation> {
    return this.db.transaction(async () => {
      await this.access.review(actor, reviewId, true);
      const source = await this.reviewSource(actor, reviewId);
      return this.insert(actor, source, input);
    });
  }

  /** A recommendation of another source (a scrutiny review, an inspection...): the coordinator's. */
  addToSource(
    actor: PartnershipActor,
    sourceId: string,
    input: RecommendationDetails,
  ): Promise<Recommendation> {
    return this.db.transaction(async () => {
      this.access.assertManager(actor);
      const source = await this.sources.find(actor.partnershipId, sourceId);
      if (!source) {
        throw new InvalidInputError([{ field: 'sourceId', message: 'Choose a source of this partnership' }]);
      }
      if (source.kind === 'review') {
        throw new InvalidInputError([
          { field: 'sourceId', message: 'Add a review’s recommendations through the review' },
        ]);
      }
      return this.insert(actor, source, input);
    });
  }

  /**
   * Copies the proposed recommendations of every accepted IMR of the review as single-agency recommendations,
   * each led by the IMR's agency with the IMR's target date. Running it again adds only what is new.
   */
  copyFromImrs(actor: PartnershipActor, reviewId: string): Promise<ImrCopy> {
    return this.db.transaction(async () => {
      await this.access.review(actor, reviewId, true);
      const proposed = await this.imrs.acceptedRecommendations(actor.partnershipId, reviewId);
      const created: Recommendation[] = [];
      let source: RecommendationSource | undefined;
      const names = new Map<string, string>();
      for (const item of proposed) {
        let name = names.get(item.agencyId);
        if (name === undefined) {
          const agency = await this.partnerships.agency(actor.partnershipId, item.agencyId);
          name = agency?.shortName ?? agency?.name ?? 'Agency';
          names.set(item.agencyId, name);
        }
        const reference = imrReference(name, item.position + 1);
        const existing = await this.recommendations.findByImrRecommendation(
          actor.partnershipId,
          item.requestId,
          reference,
        );
        if (existing) continue;
        source ??= await this.reviewSource(actor, reviewId);
        const recommendation = await this.recommendations.insert({
          id: newId(),
          partnershipId: actor.partnershipId,
          sourceId: source.id,
          reviewId,
          reference,
          level: 'single_agency',
          text: item.recommendation,
          scope: 'local',
          nationalRecipient: null,
          nationalNotifiedOn: null,
          leadAgencyId: item.agencyId,
          targetDate: item.targetDate,
          targetToBeAgreed: false,
          imrRequestId: item.requestId,
          themeIds: [],
        });
        await this.audit.record(actor, {
          action: 'recommendation.copied-from-imr',
          entityType: 'recommendation',
          entityId: recommendation.id,
          after: { ...recommendation, imrLead: item.lead, imrAction: item.action },
        });
        created.push(recommendation);
      }
      return { created, items: await this.recommendations.listForReview(actor.partnershipId, reviewId) };
    });
  }

  update(
    actor: PartnershipActor,
    id: string,
    expectedVersion: number,
    changes: Partial<RecommendationDetails>,
  ): Promise<Recommendation> {
    return this.db.transaction(async () => {
      const found = await this.recommendations.find(actor.partnershipId, id);
      if (!found) throw new NotFoundError('Recommendation');
      if (found.reviewId) await this.access.review(actor, found.reviewId, true);
      else this.access.assertManager(actor);
      const before = await this.recommendations.findForUpdate(actor.partnershipId, id);
      if (!before) throw new NotFoundError('Recommendation');
      assertVersion('This recommendation', before.version, expectedVersion);
      const merged: RecommendationDetails = {
        reference: changes.reference ?? before.reference,
        level: changes.level ?? before.level,
        text: changes.text ?? before.text,
        scope: changes.scope ?? before.scope,
        nationalRecipient: pick(changes.nationalRecipient, before.nationalRecipient),
        nationalNotifiedOn: pick(changes.nationalNotifiedOn, before.nationalNotifiedOn),
        leadAgencyId: pick(changes.leadAgencyId, before.leadAgencyId),
        targetDate: pick(changes.targetDate, before.targetDate),
        targetToBeAgreed: changes.targetToBeAgreed ?? before.targetToBeAgreed,
        imrRequestId: pick(changes.imrRequestId, before.imrRequestId),
        themeIds: changes.themeIds ?? before.themeIds,
      };
      // a date given now replaces "to be agreed", and the reverse, unless the change itself says both
      if (changes.targetDate && changes.targetToBeAgreed === undefined) merged.targetToBeAgreed = false;
      if (changes.targetToBeAgreed && changes.targetDate === undefined) merged.targetDate = null;
      await this.assertValid(actor, before.reviewId, merged);
      const after = await this.recommendations.update(actor.partnershipId, id, columns(merged));
      await this.audit.record(actor, {
        action: 'recommendation.updated',
        entityType: 'recommendation',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  listSources(actor: PartnershipActor): Promise<RecommendationSource[]> {
    return this.sources.list(actor.partnershipId);
  }

  addSource(actor: PartnershipActor, input: SourceDetails): Promise<RecommendationSource> {
    return this.db.transaction(async () => {
      this.access.assertManager(actor);
      const key = input.key.trim();
      await this.assertKeyFree(actor, key);
      const source = await this.sources.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        key,
        name: input.name.trim(),
        kind: input.kind,
        reviewId: null,
      });
      await this.audit.record(actor, {
        action: 'recommendation-source.created',
        entityType: 'recommendation-source',
        entityId: source.id,
        after: source,
      });
      return source;
    });
  }

  private async insert(
    actor: PartnershipActor,
    source: RecommendationSource,
    input: RecommendationDetails,
  ): Promise<Recommendation> {
    await this.assertValid(actor, source.reviewId, input);
    const recommendation = await this.recommendations.insert({
      id: newId(),
      partnershipId: actor.partnershipId,
      sourceId: source.id,
      reviewId: source.reviewId,
      ...columns(input),
    });
    await this.audit.record(actor, {
      action: 'recommendation.created',
      entityType: 'recommendation',
      entityId: recommendation.id,
      after: recommendation,
    });
    return recommendation;
  }

  /** The review's own source, created the first time it is needed: keyed by the review's reference. */
  private async reviewSource(actor: PartnershipActor, reviewId: string): Promise<RecommendationSource> {
    const existing = await this.sources.findForReview(actor.partnershipId, reviewId);
    if (existing) return existing;
    const review = await this.reviews.review(actor.partnershipId, reviewId as ReviewId);
    if (!review) throw new NotFoundError('Review');
    await this.assertKeyFree(actor, review.reference);
    const source = await this.sources.insert({
      id: newId(),
      partnershipId: actor.partnershipId,
      key: review.reference,
      name: `Review ${review.reference}`,
      kind: 'review',
      reviewId,
    });
    await this.audit.record(actor, {
      action: 'recommendation-source.created',
      entityType: 'recommendation-source',
      entityId: source.id,
      after: source,
    });
    return source;
  }

  private async assertKeyFree(actor: PartnershipActor, key: string): Promise<void> {
    if (await this.sources.findByKey(actor.partnershipId, key)) {
      throw new DomainError(
        'conflict',
        'source_key_taken',
        `There is already a source with the key "${key}".`,
        [{ field: 'key', message: 'Choose a key no other source has' }],
      );
    }
  }

  private async assertValid(
    actor: PartnershipActor,
    reviewId: string | null,
    input: RecommendationDetails,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    if (!(RECOMMENDATION_LEVELS as readonly string[]).includes(input.level)) {
      problems.push({ field: 'level', message: 'Choose panel or single_agency.' });
    }
    problems.push(
      ...recommendationProblems({
        scope: input.scope,
        nationalRecipient: input.nationalRecipient ?? null,
        nationalNotifiedOn: input.nationalNotifiedOn ?? null,
        leadAgencyId: input.leadAgencyId ?? null,
        targetDate: input.targetDate ?? null,
        targetToBeAgreed: input.targetToBeAgreed ?? false,
      }),
    );
    if (
      input.leadAgencyId &&
      !(await this.partnerships.agency(actor.partnershipId, input.leadAgencyId as AgencyId))
    ) {
      problems.push({ field: 'leadAgencyId', message: 'Choose an agency of this partnership.' });
    }
    if (input.imrRequestId) {
      if (reviewId === null) {
        problems.push({
          field: 'imrRequestId',
          message: 'Only a review’s recommendation comes from an IMR.',
        });
      } else {
        problems.push(
          ...(await this.links.imrRequestProblems(
            actor.partnershipId,
            reviewId,
            [input.imrRequestId],
            'imrRequestId',
          )),
        );
      }
    }
    problems.push(...(await this.links.themeProblems(actor.partnershipId, input.themeIds ?? [])));
    if (problems.length > 0) throw new InvalidInputError(problems);
  }
}

function pick<T>(change: T | undefined, current: T): T {
  return change === undefined ? current : change;
}

function columns(input: RecommendationDetails) {
  return {
    reference: input.reference.trim(),
    level: input.level,
    text: input.text,
    scope: input.scope,
    nationalRecipient: input.nationalRecipient?.trim() || null,
    nationalNotifiedOn: input.nationalNotifiedOn ?? null,
    leadAgencyId: input.leadAgencyId ?? null,
    targetDate: input.targetDate ?? null,
    targetToBeAgreed: input.targetToBeAgreed ?? false,
    imrRequestId: input.imrRequestId ?? null,
    themeIds: [...new Set(input.themeIds ?? [])],
  };
}

/** "<agency> <n>", the agency's short name (or name) cut to fit the reference column. */
export function imrReference(agency: string, number: number): string {
  const suffix = ` ${number}`;
  return `${agency
    .trim()
    .slice(0, REFERENCE_LENGTH - suffix.length)
    .trim()}${suffix}`;
}

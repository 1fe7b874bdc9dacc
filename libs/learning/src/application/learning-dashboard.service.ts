import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { AgencyId, calendarDate, todayIn } from '@dhr/platform-domain';
import { ReviewDirectory, ReviewId } from '@dhr/reviews';
import { quarterOf } from '../domain/quarters';
import {
  AgencyCounts,
  DashboardScope,
  LearningDashboardRepository,
  QuarterChange,
  QuarterRange,
  RagCounts,
  ReviewCompletion,
  SearchHit,
  ThemeCounts,
  ThemeFrequency,
} from '../persistence/learning-dashboard.repository';
import { LearningAccess } from './learning-access';

/** An agency that is not one: a lead officer without an agency sees an empty plan, as in the list. */
const NO_AGENCY = '00000000-0000-0000-0000-000000000000' as AgencyId;

export interface QuarterChangeRow extends QuarterChange {
  /** "Q3 2026" */
  label: string;
}

export interface LearningDashboard {
  /** 'partnership' for the coordinator and the CSP chair; 'agency' for a lead officer (their agency's actions) */
  scope: 'partnership' | 'agency';
  agencyId: string | null;
  today: string;
  total: number;
  rag: RagCounts;
  overdue: number;
  byAgency: AgencyCounts[];
  byTheme: ThemeCounts[];
  byReview: ReviewCompletion[];
  byQuarter: QuarterChangeRow[];
}

export const SEARCH_LIMIT = 50;

/**
 * The learning dashboard, full-text search of lessons and recommendations, and how often each theme recurs.
 *
 * Decision: the effective RAG is computed IN SQL (persistence/learning-dashboard.repository.ts effectiveRagSql),
 * with a CASE mirroring domain/rag.ts rule by rule, so every count is one aggregate query however large the plan
 * and the counts by agency and theme need no rows in memory. The price is two copies of the rule; the dashboard
 * e2e test checks the SQL against `effectiveRag` on every combination of status, completion, target and report.
 */
@Injectable()
export class LearningDashboardService {
  constructor(
    private readonly access: LearningAccess,
    private readonly dashboard: LearningDashboardRepository,
    private readonly reviews: ReviewDirectory,
  ) {}

  /** Who sees what: the coordinator and CSP chair the whole plan; anyone else only their agency's actions. */
  scopeFor(actor: PartnershipActor, now = new Date()): DashboardScope {
    return {
      partnershipId: actor.partnershipId,
      agencyId: this.access.seesWholePlan(actor) ? null : ((actor.agencyId as AgencyId | null) ?? NO_AGENCY),
      today: todayIn(now),
    };
  }

  async summary(actor: PartnershipActor, now = new Date()): Promise<LearningDashboard> {
    const scope = this.scopeFor(actor, now);
    const quarters = lastQuarters(scope.today, 4);
    const totals = await this.dashboard.totals(scope);
    const changes = await this.dashboard.changeByQuarter(scope, quarters);
    return {
      scope: scope.agencyId === null ? 'partnership' : 'agency',
      agencyId: scope.agencyId === NO_AGENCY ? null : scope.agencyId,
      today: scope.today,
      total: totals.total,
      rag: totals.rag,
      overdue: totals.overdue,
      byAgency: await this.dashboard.byAgency(scope),
      byTheme: await this.dashboard.byTheme(scope),
      byReview: await this.dashboard.completionByReview(scope),
      byQuarter: changes.map((change) => ({ ...change, label: quarterOf(change.start).label })),
    };
  }

  /**
   * Lessons and recommendations matching `q`, best first. A result tied to a review is shown only to those who
   * may view that review; a recommendation of another source to those who see the whole plan, or to the lead
   * officers of its lead agency.
   */
  async search(actor: PartnershipActor, q: string): Promise<SearchHit[]> {
    const hits = await this.dashboard.search(actor.partnershipId, q, SEARCH_LIMIT * 4);
    const visible = new Map<string, boolean>();
    const result: SearchHit[] = [];
    for (const hit of hits) {
      if (result.length === SEARCH_LIMIT) break;
      if (hit.reviewId === null) {
        if (this.access.seesWholePlan(actor) || (actor.agencyId && hit.leadAgencyId === actor.agencyId)) {
          result.push(hit);
        }
        continue;
      }
      let may = visible.get(hit.reviewId);
      if (may === undefined) {
        may = (await this.reviews.capabilitiesOn(actor, hit.reviewId as ReviewId)).has('view');
        visible.set(hit.reviewId, may);
      }
      if (may) result.push(hit);
    }
    return result;
  }

  /**
   * Decision: counts only (no review named), so anyone who reads the partnership's learning sees them: how
   * often a theme recurs says nothing about any one review.
   */
  themeFrequency(actor: PartnershipActor): Promise<ThemeFrequency[]> {
    return this.dashboard.themeFrequency(actor.partnershipId);
  }
}

/** The `count` calendar quarters ending with today's, oldest first. */
export function lastQuarters(today: string, count: number): QuarterRange[] {
  const current = quarterOf(today);
  const ranges: QuarterRange[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const index = current.year * 4 + (current.quarter - 1) - back;
    const year = Math.floor(index / 4);
    const firstMonth = (index % 4) * 3 + 1;
    const next = index + 1;
    ranges.push({
      start: calendarDate(year, firstMonth, 1),
      end: calendarDate(Math.floor(next / 4), (next % 4) * 3 + 1, 1),
    });
  }
  return ranges;
}

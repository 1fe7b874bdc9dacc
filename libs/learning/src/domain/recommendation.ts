import { FieldProblem, isCalendarDate } from '@dhr/platform-domain';

/** Where a recommendation is aimed (domain.md, "Artefacts"): national ones go to a named national body. */
export const RECOMMENDATION_SCOPES = ['local', 'regional', 'national'] as const;

export type RecommendationScope = (typeof RECOMMENDATION_SCOPES)[number];

/** Panel-level (to the CSP, seed 003 rows 88-102) or single-agency (from an IMR, seed 003 rows 1-87). */
export const RECOMMENDATION_LEVELS = ['panel', 'single_agency'] as const;

export type RecommendationLevel = (typeof RECOMMENDATION_LEVELS)[number];

export interface RecommendationInput {
  scope: RecommendationScope;
  /** The national body told of a national recommendation, e.g. "Home Office". */
  nationalRecipient: string | null;
  nationalNotifiedOn: string | null;
  leadAgencyId: string | null;
  targetDate: string | null;
  /** The target is explicitly "to be agreed" (seed 000's "TBA"). */
  targetToBeAgreed: boolean;
}

/**
 * What stops a recommendation being saved; [] when none. Rule 11: every recommendation has a lead agency and
 * a target date, or a target explicitly "to be agreed". A national one needs a named recipient; the date it
 * was notified may wait until it is told.
 * Decisions: a target date AND "to be agreed" together contradict each other, and so does a national recipient
 * or notification date on a local or regional recommendation; both are problems rather than silently dropped.
 * Blank text counts as missing.
 */
export function recommendationProblems(input: RecommendationInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const national = input.scope === 'national';

  if (!(RECOMMENDATION_SCOPES as readonly string[]).includes(input.scope)) {
    problems.push({ field: 'scope', message: 'Choose local, regional or national.' });
  }
  if (national && isBlank(input.nationalRecipient)) {
    problems.push({
      field: 'nationalRecipient',
      message: 'Name who receives a national recommendation, e.g. the Home Office.',
    });
  }
  if (!national && !isBlank(input.nationalRecipient)) {
    problems.push({
      field: 'nationalRecipient',
      message: 'Only a national recommendation has a national recipient.',
    });
  }
  if (input.nationalNotifiedOn !== null) {
    if (!isCalendarDate(input.nationalNotifiedOn)) {
      problems.push({ field: 'nationalNotifiedOn', message: 'Give the date as YYYY-MM-DD.' });
    } else if (!national) {
      problems.push({
        field: 'nationalNotifiedOn',
        message: 'Only a national recommendation is notified to a national body.',
      });
    }
  }
  if (isBlank(input.leadAgencyId)) {
    problems.push({ field: 'leadAgencyId', message: 'Every recommendation needs a lead agency.' });
  }
  if (input.targetDate === null) {
    if (!input.targetToBeAgreed) {
      problems.push({ field: 'targetDate', message: 'Give a target date, or mark it as to be agreed.' });
    }
  } else if (!isCalendarDate(input.targetDate)) {
    problems.push({ field: 'targetDate', message: 'Give the date as YYYY-MM-DD.' });
  } else if (input.targetToBeAgreed) {
    problems.push({
      field: 'targetToBeAgreed',
      message: 'A target date has been given, so it is not "to be agreed": choose one.',
    });
  }
  return problems;
}

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === '';
}

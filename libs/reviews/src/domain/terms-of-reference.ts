import type { ApproximateDate, FieldProblem } from '@dhr/platform-domain';
import type { ReviewId } from './review';

export const TOR_STATUSES = ['draft', 'agreed'] as const;
export type TermsOfReferenceStatus = (typeof TOR_STATUSES)[number];

export interface TermsQuestion {
  number: number;
  text: string;
}

/** One version of the terms of reference (seed 003: v1 with 10 questions; v2 added 11 and 12). */
export interface TermsOfReference {
  id: string;
  reviewId: ReviewId;
  versionNumber: number;
  status: TermsOfReferenceStatus;
  purpose: string;
  periodFrom: ApproximateDate;
  periodTo: ApproximateDate;
  agencyIds: string[];
  questions: TermsQuestion[];
  equalityAndDiversity: string | null;
  familyInvolvement: string | null;
  parallelProcesses: string | null;
  revisionNote: string | null;
  agreedOn: string | null;
  agreedAtMeetingId: string | null;
  version: number;
}

/** Questions are numbered from 1 without gaps, in order, so IMR authors can answer "ToR 7". */
export function numberQuestions(texts: readonly string[]): TermsQuestion[] {
  return texts.map((text, index) => ({ number: index + 1, text: text.trim() }));
}

/** What stops a version being agreed: a purpose, questions, agencies in scope, a period that runs forwards. */
export function agreementProblems(
  terms: Pick<TermsOfReference, 'purpose' | 'questions' | 'agencyIds'>,
  periodRunsForwards: boolean,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!terms.purpose.trim()) problems.push({ field: 'purpose', message: 'Enter the purpose of the review' });
  if (terms.questions.length === 0)
    problems.push({ field: 'questions', message: 'Add at least one case-specific question' });
  if (terms.agencyIds.length === 0)
    problems.push({ field: 'agencyIds', message: 'Choose the agencies in scope' });
  if (!periodRunsForwards)
    problems.push({ field: 'periodTo', message: 'The end of the period must not be before its start' });
  return problems;
}

import type { ReviewId } from './review';

/** Processes that run alongside a review, and reviews run jointly with it. */
export const PARALLEL_PROCESS_KINDS = [
  'criminal_proceedings',
  'inquest',
  'police_conduct_investigation',
  'safeguarding_adults_review',
  'child_safeguarding_practice_review',
  'mental_health_homicide_review',
  'other',
] as const;
export type ParallelProcessKind = (typeof PARALLEL_PROCESS_KINDS)[number];
export const PARALLEL_PROCESS_LABELS: Record<ParallelProcessKind, string> = {
  criminal_proceedings: 'Criminal proceedings',
  inquest: 'Inquest',
  police_conduct_investigation: 'Police-conduct investigation',
  safeguarding_adults_review: 'Safeguarding adults review (joint)',
  child_safeguarding_practice_review: 'Child safeguarding practice review (joint)',
  mental_health_homicide_review: 'Mental health homicide review (joint)',
  other: 'Other',
};

export const PARALLEL_PROCESS_STATUSES = ['ongoing', 'concluded'] as const;
export type ParallelProcessStatus = (typeof PARALLEL_PROCESS_STATUSES)[number];

export interface ParallelProcess {
  id: string;
  reviewId: ReviewId;
  kind: ParallelProcessKind;
  reference: string | null;
  status: ParallelProcessStatus;
  nextHearingOn: string | null;
  concludedOn: string | null;
  outcome: string | null;
  notes: string | null;
  version: number;
}

/** Publication waits until criminal proceedings have ended (rule 9). */
export function openCriminalProceedings(processes: readonly ParallelProcess[]): number {
  return processes.filter((p) => p.kind === 'criminal_proceedings' && p.status === 'ongoing').length;
}

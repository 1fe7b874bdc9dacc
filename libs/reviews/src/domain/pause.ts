import type { ReviewId } from './review';

/** Why a review waits (domain.md: trial, inquest, police-conduct investigation). */
export const PAUSE_REASONS = [
  'criminal_proceedings',
  'inquest',
  'police_conduct_investigation',
  'other',
] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];
export const PAUSE_REASON_LABELS: Record<PauseReason, string> = {
  criminal_proceedings: 'Criminal proceedings',
  inquest: 'Inquest',
  police_conduct_investigation: 'Police-conduct investigation',
  other: 'Other',
};

export interface ReviewPause {
  id: string;
  reviewId: ReviewId;
  reason: PauseReason;
  note: string | null;
  parallelProcessId: string | null;
  pausedOn: string;
  revisitOn: string;
  resumedOn: string | null;
}

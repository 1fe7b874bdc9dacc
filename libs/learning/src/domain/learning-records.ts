import type { AgencyId, PartnershipId, UserId } from '@dhr/platform-domain';

export interface Theme {
  id: string;
  name: string;
  active: boolean;
  version: number;
}

/** A numbered lesson of a review (seed 003 §8 has 11): the narrative, the lesson, what it came from. */
export interface Lesson {
  id: string;
  reviewId: string;
  number: number;
  narrative: string;
  statement: string;
  questionNumbers: number[];
  imrRequestIds: string[];
  themeIds: string[];
  version: number;
}

export const SOURCE_KINDS = ['review', 'scrutiny_review', 'inspection', 'other_review', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface RecommendationSource {
  id: string;
  key: string;
  name: string;
  kind: SourceKind;
  reviewId: string | null;
  version: number;
}

export interface Recommendation {
  id: string;
  partnershipId: PartnershipId;
  sourceId: string;
  reviewId: string | null;
  reference: string;
  level: 'panel' | 'single_agency';
  text: string;
  scope: 'local' | 'regional' | 'national';
  nationalRecipient: string | null;
  nationalNotifiedOn: string | null;
  leadAgencyId: AgencyId | null;
  targetDate: string | null;
  targetToBeAgreed: boolean;
  imrRequestId: string | null;
  themeIds: string[];
  version: number;
}

export type ActionStatusValue = 'open' | 'completion_submitted' | 'closed';

/** A row of the action plan. */
export interface Action {
  id: string;
  partnershipId: PartnershipId;
  reference: string;
  planSection: string | null;
  description: string;
  leadAgencyId: AgencyId;
  leadOfficerUserId: UserId | null;
  leadOfficerName: string | null;
  targetDate: string | null;
  targetToBeAgreed: boolean;
  status: ActionStatusValue;
  reportedRag: string | null;
  lastUpdateOn: string | null;
  completedOn: string | null;
  outcome: string | null;
  closedBy: UserId | null;
  closedAt: Date | null;
  rejectionReason: string | null;
  version: number;
}

export interface Milestone {
  id: string;
  position: number;
  description: string;
  dueOn: string | null;
  done: boolean;
}

/** A dated progress update: appended, never overwritten. */
export interface ProgressUpdate {
  id: string;
  reportedOn: string;
  /** The lead officer's rating with the update; null only for progress imported from a sheet without one. */
  rag: string | null;
  narrative: string;
  authorUserId: UserId | null;
  createdAt: Date;
}

import type { PartnershipId } from '@dhr/platform-domain';
import type { ReviewId } from './review';

export const SUBJECT_ROLES = ['victim', 'perpetrator', 'other'] as const;
export type SubjectRole = (typeof SUBJECT_ROLES)[number];

export const AGE_BANDS = ['16-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** A person at the centre of a review, known everywhere by pseudonym ("MA 1"). */
export interface ReviewSubject {
  id: string;
  partnershipId: PartnershipId;
  reviewId: ReviewId;
  pseudonym: string;
  role: SubjectRole;
  sex: string | null;
  ethnicity: string | null;
  ageBand: AgeBand | null;
  relationshipToVictim: string | null;
  version: number;
}

/**
 * Who the subject really is. Sealed at rest, shown only to those allowed, every reading audited, and never
 * written to a list, a log or a document that leaves the system.
 */
export interface SubjectIdentity {
  fullName: string;
  otherNames?: string | null;
  dateOfBirth?: string | null;
  address?: string | null;
}

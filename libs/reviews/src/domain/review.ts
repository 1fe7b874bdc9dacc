import type { AgencyId, PartnershipId, UserId } from '@dhr/platform-domain';
import type { ReviewStatus } from './review-status';

export type ReviewId = string & { readonly __brand: 'ReviewId' };

/** Both names are in use: the Victims and Prisoners Act 2024 renames DHRs to DARDRs. */
export const REVIEW_TYPES = ['dhr', 'dardr'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];
export const REVIEW_TYPE_LABELS: Record<ReviewType, string> = {
  dhr: 'Domestic Homicide Review',
  dardr: 'Domestic Abuse Related Death Review',
};

/** Who the person who died was to the person suspected (section 9 of the 2004 Act). */
export const RELATIONSHIPS = [
  'intimate_partner',
  'former_intimate_partner',
  'family_member',
  'household_member',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  intimate_partner: 'Intimate partner',
  former_intimate_partner: 'Former intimate partner',
  family_member: 'Relative',
  household_member: 'Member of the same household',
};

export const DECISIONS = ['commission', 'decline'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The case record of one review. Subjects appear by pseudonym only; see ReviewSubject. */
export interface Review {
  id: ReviewId;
  partnershipId: PartnershipId;
  reference: string;
  reviewType: ReviewType;
  status: ReviewStatus;
  notification: {
    notifiedOn: string;
    notifiedBy: string;
    notifyingAgencyId: AgencyId | null;
    policeForce: string | null;
    dateOfDeath: string | null;
    relationship: Relationship;
    suspectedSuicide: boolean;
    circumstances: string | null;
  };
  decision: {
    outcome: Decision;
    decidedOn: string;
    decisionMaker: string;
    rationale: string;
  } | null;
  homeOfficeInformedOn: string | null;
  chair: {
    userId: UserId;
    appointedOn: string;
    independenceStatement: string | null;
    independenceDeclaredAt: Date | null;
  } | null;
  authorUserId: UserId | null;
  breach: { reason: string; note: string } | null;
  signOff: { signedOffOn: string; signedOffBy: string } | null;
  firstSubmittedOn: string | null;
  family: { advocacyOfferedOn: string | null; draftSharedOn: string | null; pseudonymNote: string | null };
  publication: {
    publishedOn: string | null;
    url: string | null;
    familyToldOn: string | null;
    removalReviewOn: string | null;
  };
  transferredTo: string | null;
  statusNote: string | null;
  statusChangedOn: string | null;
  version: number;
  createdAt: Date;
}

import type { AgencyId, PartnershipId, UserId } from '@dhr/platform-domain';

export type ImrRequestId = string & { readonly __brand: 'ImrRequestId' };

/** What an agency is asked for (domain.md, stage 5): a full IMR, a summary of involvement, or a nil return. */
export const REQUEST_KINDS = ['imr', 'summary', 'nil_return'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_KIND_LABELS: Record<RequestKind, string> = {
  imr: 'Individual Management Review',
  summary: 'Summary of involvement',
  nil_return: 'Nil return',
};

/**
 * Where a request stands. scoped: recorded while scoping, not yet sent. requested: sent to the agency.
 * in_progress: the author has started. awaiting_sign_off: submitted by the author, waiting for their senior
 * manager. submitted: with the chair. returned: sent back by the chair for amendment. accepted: done.
 */
export const REQUEST_STATUSES = [
  'scoped',
  'requested',
  'in_progress',
  'awaiting_sign_off',
  'submitted',
  'returned',
  'accepted',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  scoped: 'Not sent',
  requested: 'Requested',
  in_progress: 'In progress',
  awaiting_sign_off: 'Awaiting sign-off',
  submitted: 'With the chair',
  returned: 'Returned for amendment',
  accepted: 'Accepted',
};

export interface ImrRequest {
  id: ImrRequestId;
  partnershipId: PartnershipId;
  reviewId: string;
  agencyId: AgencyId;
  kind: RequestKind;
  status: RequestStatus;
  dueOn: string;
  authorUserId: UserId;
  seniorManagerUserId: UserId | null;
  /** the terms of reference version the request was sent under; later revisions' questions show as added */
  termsVersionNumber: number | null;
  requestedOn: string | null;
  independenceStatement: string | null;
  submittedAt: Date | null;
  signedOffBy: UserId | null;
  signedOffAt: Date | null;
  acceptedAt: Date | null;
  version: number;
}

/** Whether a request is still the agency's to work on (and so can be overdue). */
export function isWithAgency(status: RequestStatus): boolean {
  return status === 'requested' || status === 'in_progress' || status === 'returned';
}

/** Overdue: past its due date and still with the agency. */
export function isOverdue(request: Pick<ImrRequest, 'status' | 'dueOn'>, today: string): boolean {
  return isWithAgency(request.status) && request.dueOn < today;
}

/** A full IMR is signed off by a senior manager of the agency; a summary or a nil return goes straight to the chair. */
export function needsSignOff(kind: RequestKind): boolean {
  return kind === 'imr';
}

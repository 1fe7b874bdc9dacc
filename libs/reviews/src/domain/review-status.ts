/**
 * The lifecycle of a review (domain.md, stages 1-16) as data, so that the rules, the screens and the tests
 * all read one table rather than a switch scattered through services.
 */
export const REVIEW_STATUSES = [
  'notified',
  'declined',
  'setting_up',
  'evidence_gathering',
  'drafting',
  'consultation',
  'signed_off',
  'submitted',
  'cleared',
  'published',
  'closed',
  'transferred',
] as const;

export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  notified: 'Notified',
  declined: 'Declined',
  setting_up: 'Setting up',
  evidence_gathering: 'Gathering evidence (IMRs)',
  drafting: 'Analysis and drafting',
  consultation: 'Draft consultation',
  signed_off: 'Signed off',
  submitted: 'Submitted to the Home Office',
  cleared: 'Cleared by the Home Office',
  published: 'Published',
  closed: 'Closed',
  transferred: 'Transferred',
};

/** Finished here: nothing moves a review on from these (a transferred one lives on elsewhere). */
export const TERMINAL_STATUSES: readonly ReviewStatus[] = ['declined', 'closed', 'transferred'];

export function isTerminalStatus(status: ReviewStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export function isReviewStatus(value: string): value is ReviewStatus {
  return (REVIEW_STATUSES as readonly string[]).includes(value);
}

export const REVIEW_TRANSITIONS = [
  'commission',
  'decline',
  'start_work',
  'start_drafting',
  'start_consultation',
  'sign_off',
  'submit',
  'record_cleared',
  'record_resubmit',
  'publish',
  'close',
  'transfer',
] as const;

export type ReviewTransition = (typeof REVIEW_TRANSITIONS)[number];

export interface TransitionRule {
  from: readonly ReviewStatus[];
  to: ReviewStatus;
  label: string;
}

/** From → to for each transition. Whether it may happen now (chair, ToR, sign-off...) is in review-guards. */
export const TRANSITIONS: Record<ReviewTransition, TransitionRule> = {
  commission: { from: ['notified'], to: 'setting_up', label: 'Commission the review' },
  decline: { from: ['notified'], to: 'declined', label: 'Decline to hold a review' },
  start_work: { from: ['setting_up'], to: 'evidence_gathering', label: 'Start the review' },
  start_drafting: { from: ['evidence_gathering'], to: 'drafting', label: 'Start analysis and drafting' },
  start_consultation: { from: ['drafting'], to: 'consultation', label: 'Send the draft for consultation' },
  sign_off: { from: ['consultation'], to: 'signed_off', label: 'Record CSP sign-off' },
  submit: { from: ['signed_off'], to: 'submitted', label: 'Submit to the Home Office' },
  record_cleared: { from: ['submitted'], to: 'cleared', label: 'Record a cleared outcome' },
  // rule 8: a resubmit outcome reopens drafting; a new sign-off and submission version follow from there
  record_resubmit: { from: ['submitted'], to: 'drafting', label: 'Record a resubmit outcome' },
  publish: { from: ['cleared'], to: 'published', label: 'Publish' },
  close: { from: ['published'], to: 'closed', label: 'Close the review' },
  // a review can move to another partnership at any stage until it is finished
  transfer: {
    from: REVIEW_STATUSES.filter((status) => !isTerminalStatus(status)),
    to: 'transferred',
    label: 'Transfer to another partnership',
  },
};

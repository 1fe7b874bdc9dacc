import {
  isReviewStatus,
  isTerminalStatus,
  REVIEW_STATUS_LABELS,
  REVIEW_STATUSES,
  REVIEW_TRANSITIONS,
  ReviewStatus,
  ReviewTransition,
  TERMINAL_STATUSES,
  TRANSITIONS,
} from './review-status';

const NOT_FINISHED: ReviewStatus[] = [
  'notified',
  'setting_up',
  'evidence_gathering',
  'drafting',
  'consultation',
  'signed_off',
  'submitted',
  'cleared',
  'published',
];

/** The lifecycle of domain.md, written out by hand: each transition, where it may start and where it ends. */
const EXPECTED: Record<ReviewTransition, [ReviewStatus[], ReviewStatus, string]> = {
  commission: [['notified'], 'setting_up', 'Commission the review'],
  decline: [['notified'], 'declined', 'Decline to hold a review'],
  start_work: [['setting_up'], 'evidence_gathering', 'Start the review'],
  start_drafting: [['evidence_gathering'], 'drafting', 'Start analysis and drafting'],
  start_consultation: [['drafting'], 'consultation', 'Send the draft for consultation'],
  sign_off: [['consultation'], 'signed_off', 'Record CSP sign-off'],
  submit: [['signed_off'], 'submitted', 'Submit to the Home Office'],
  record_cleared: [['submitted'], 'cleared', 'Record a cleared outcome'],
  record_resubmit: [['submitted'], 'drafting', 'Record a resubmit outcome'],
  publish: [['cleared'], 'published', 'Publish'],
  close: [['published'], 'closed', 'Close the review'],
  transfer: [NOT_FINISHED, 'transferred', 'Transfer to another partnership'],
};

describe('the review lifecycle', () => {
  const everyPair = REVIEW_TRANSITIONS.flatMap((transition) =>
    REVIEW_STATUSES.map((status) => [transition, status, EXPECTED[transition][0].includes(status)] as const),
  );

  it('has one row per transition and status', () => {
    expect(everyPair).toHaveLength(12 * 12);
  });

  it.each(everyPair)('%s from %s is allowed: %s', (transition, status, allowed) => {
    expect(TRANSITIONS[transition].from.includes(status)).toBe(allowed);
  });

  it.each(REVIEW_TRANSITIONS.map((t) => [t, EXPECTED[t][1], EXPECTED[t][2]] as const))(
    '%s leads to %s and reads "%s"',
    (transition, to, label) => {
      expect(TRANSITIONS[transition].to).toBe(to);
      expect(TRANSITIONS[transition].label).toBe(label);
    },
  );

  it.each([
    ['notified', 'Notified'],
    ['declined', 'Declined'],
    ['setting_up', 'Setting up'],
    ['evidence_gathering', 'Gathering evidence (IMRs)'],
    ['drafting', 'Analysis and drafting'],
    ['consultation', 'Draft consultation'],
    ['signed_off', 'Signed off'],
    ['submitted', 'Submitted to the Home Office'],
    ['cleared', 'Cleared by the Home Office'],
    ['published', 'Published'],
    ['closed', 'Closed'],
    ['transferred', 'Transferred'],
  ] as const)('%s is shown as "%s"', (status, label) => {
    expect(REVIEW_STATUS_LABELS[status]).toBe(label);
  });

  it.each(REVIEW_STATUSES.map((s) => [s, !NOT_FINISHED.includes(s)] as const))(
    '%s is terminal: %s',
    (status, terminal) => {
      expect(isTerminalStatus(status)).toBe(terminal);
      expect(TERMINAL_STATUSES.includes(status)).toBe(terminal);
    },
  );

  it.each(REVIEW_STATUSES.map((s) => [s] as const))(
    'from %s there is a way onward exactly when it is not terminal',
    (status) => {
      const onward = REVIEW_TRANSITIONS.filter((t) => TRANSITIONS[t].from.includes(status));
      expect(onward.length > 0).toBe(!isTerminalStatus(status));
    },
  );

  it('reaches every status from a notification', () => {
    const reached = new Set<ReviewStatus>(['notified']);
    for (let grew = true; grew; ) {
      const before = reached.size;
      for (const t of REVIEW_TRANSITIONS) {
        if (TRANSITIONS[t].from.some((s) => reached.has(s))) reached.add(TRANSITIONS[t].to);
      }
      grew = reached.size > before;
    }
    expect([...reached].sort()).toEqual([...REVIEW_STATUSES].sort());
  });

  it.each([
    ['drafting', true],
    ['transferred', true],
    ['Drafting', false],
    ['draft', false],
    ['', false],
  ])('%j is a review status: %s', (value, expected) => {
    expect(isReviewStatus(value)).toBe(expected);
  });
});

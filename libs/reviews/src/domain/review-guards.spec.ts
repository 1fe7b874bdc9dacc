import { DomainError } from '@dhr/platform-domain';
import { assertTransition, availableTransitions, ReviewFacts } from './review-guards';
import { ReviewRuleError } from './review.errors';
import { REVIEW_STATUSES, REVIEW_TRANSITIONS, ReviewStatus, ReviewTransition } from './review-status';

/** A review at `status` that meets every rule: each test breaks exactly what it is about. */
function ready(status: ReviewStatus, changes: Partial<ReviewFacts> = {}): ReviewFacts {
  return {
    status,
    paused: false,
    homeOfficeInformedOn: '2026-02-10',
    chair: { appointed: true, independenceDeclared: true },
    agreedTermsOfReference: true,
    completionBreached: false,
    breachReasonRecorded: false,
    signOffRecorded: true,
    outstandingEvidence: [],
    openActions: [],
    submissionReady: { exists: true, missing: [] },
    openCriminalProceedings: 0,
    familyToldPublicationDate: true,
    ...changes,
  };
}

/** What a coordinator may do next from each status, in the order offered, written out by hand. */
const NEXT: Record<ReviewStatus, [ReviewTransition, ReviewStatus][]> = {
  notified: [
    ['commission', 'setting_up'],
    ['decline', 'declined'],
    ['transfer', 'transferred'],
  ],
  declined: [],
  setting_up: [
    ['start_work', 'evidence_gathering'],
    ['transfer', 'transferred'],
  ],
  evidence_gathering: [
    ['start_drafting', 'drafting'],
    ['transfer', 'transferred'],
  ],
  drafting: [
    ['start_consultation', 'consultation'],
    ['transfer', 'transferred'],
  ],
  consultation: [
    ['sign_off', 'signed_off'],
    ['transfer', 'transferred'],
  ],
  signed_off: [
    ['submit', 'submitted'],
    ['transfer', 'transferred'],
  ],
  submitted: [
    ['record_cleared', 'cleared'],
    ['record_resubmit', 'drafting'],
    ['transfer', 'transferred'],
  ],
  cleared: [
    ['publish', 'published'],
    ['transfer', 'transferred'],
  ],
  published: [
    ['close', 'closed'],
    ['transfer', 'transferred'],
  ],
  closed: [],
  transferred: [],
};

const ALLOWED = REVIEW_STATUSES.flatMap((status) => NEXT[status].map(([t, to]) => [status, t, to] as const));
const REFUSED = REVIEW_STATUSES.flatMap((status) =>
  REVIEW_TRANSITIONS.filter((t) => !NEXT[status].some(([allowed]) => allowed === t)).map(
    (t) => [status, t] as const,
  ),
);

function thrown(action: () => unknown): ReviewRuleError {
  try {
    action();
  } catch (error) {
    if (error instanceof ReviewRuleError) return error;
    throw error;
  }
  throw new Error('expected a ReviewRuleError');
}

describe('review guards', () => {
  it('cover every transition from every status, allowed or refused', () => {
    expect(ALLOWED.length + REFUSED.length).toBe(12 * 12);
    // one step on from each status, and a transfer from each of the nine unfinished
    expect(ALLOWED).toHaveLength(11 + 9);
  });

  describe('when every rule is met', () => {
    it.each(REVIEW_STATUSES.map((s) => [s, NEXT[s].map(([t]) => t)] as const))(
      'from %s the transitions offered are %j, all available',
      (status, transitions) => {
        const offered = availableTransitions(ready(status));
        expect(offered.map((o) => o.transition)).toEqual(transitions);
        expect(offered.every((o) => o.available && o.blockers.length === 0)).toBe(true);
      },
    );

    it.each(ALLOWED)('from %s, %s leads to %s', (status, transition, to) => {
      expect(assertTransition(ready(status), transition)).toBe(to);
      expect(availableTransitions(ready(status)).find((o) => o.transition === transition)?.to).toBe(to);
    });

    it('offers each transition with its label', () => {
      expect(availableTransitions(ready('submitted'))).toEqual([
        {
          transition: 'record_cleared',
          label: 'Record a cleared outcome',
          to: 'cleared',
          available: true,
          blockers: [],
        },
        {
          transition: 'record_resubmit',
          label: 'Record a resubmit outcome',
          to: 'drafting',
          available: true,
          blockers: [],
        },
        {
          transition: 'transfer',
          label: 'Transfer to another partnership',
          to: 'transferred',
          available: true,
          blockers: [],
        },
      ]);
    });
  });

  describe('a transition the status does not allow', () => {
    it.each(REFUSED)('from %s, %s is refused as not allowed', (status, transition) => {
      const error = thrown(() => assertTransition(ready(status), transition));
      expect(error.code).toBe('transition_not_allowed');
      expect(error.blockers.map((b) => b.code)).toEqual(['transition_not_allowed']);
    });

    it('says which step and which stage', () => {
      expect(thrown(() => assertTransition(ready('drafting'), 'publish')).message).toBe(
        '"Publish" is not possible while the review is at "Analysis and drafting".',
      );
    });

    it('is refused for its status even when the review is also paused', () => {
      expect(thrown(() => assertTransition(ready('closed', { paused: true }), 'publish')).code).toBe(
        'transition_not_allowed',
      );
    });
  });

  describe('a paused review', () => {
    it.each(ALLOWED)('from %s, %s is blocked unless it is a transfer', (status, transition) => {
      const facts = ready(status, { paused: true });
      const offered = availableTransitions(facts).find((o) => o.transition === transition);
      if (transition === 'transfer') {
        expect(offered?.available).toBe(true);
        expect(assertTransition(facts, transition)).toBe('transferred');
      } else {
        expect(offered?.blockers).toEqual([
          { code: 'review_paused', message: 'The review is paused: resume it first.' },
        ]);
        expect(thrown(() => assertTransition(facts, transition)).code).toBe('review_paused');
      }
    });

    it('is told to resume first, before anything else it lacks', () => {
      const facts = ready('setting_up', { paused: true, homeOfficeInformedOn: null });
      expect(thrown(() => assertTransition(facts, 'start_work')).blockers.map((b) => b.code)).toEqual([
        'review_paused',
        'home_office_not_informed',
      ]);
    });
  });

  // [transition, status, what is not yet done, the blockers in order]
  const BLOCKED: [ReviewTransition, ReviewStatus, Partial<ReviewFacts>, string[]][] = [
    ['start_work', 'setting_up', { homeOfficeInformedOn: null }, ['home_office_not_informed']],
    [
      'start_work',
      'setting_up',
      { chair: { appointed: false, independenceDeclared: false } },
      ['chair_not_appointed'],
    ],
    [
      'start_work',
      'setting_up',
      { chair: { appointed: true, independenceDeclared: false } },
      ['chair_not_declared'],
    ],
    [
      'start_work',
      'setting_up',
      { homeOfficeInformedOn: null, chair: { appointed: false, independenceDeclared: false } },
      ['home_office_not_informed', 'chair_not_appointed'],
    ],
    [
      'start_work',
      'setting_up',
      { homeOfficeInformedOn: null, chair: { appointed: true, independenceDeclared: false } },
      ['home_office_not_informed', 'chair_not_declared'],
    ],
    [
      'start_drafting',
      'evidence_gathering',
      { agreedTermsOfReference: false },
      ['terms_of_reference_not_agreed'],
    ],
    ['submit', 'signed_off', { submissionReady: { exists: false, missing: [] } }, ['submission_missing']],
    // with no submission at all, what it would lack is not worth listing separately
    [
      'submit',
      'signed_off',
      { submissionReady: { exists: false, missing: ['executive summary'] } },
      ['submission_missing'],
    ],
    [
      'submit',
      'signed_off',
      { submissionReady: { exists: true, missing: ['executive summary'] } },
      ['submission_incomplete'],
    ],
    ['submit', 'signed_off', { signOffRecorded: false }, ['sign_off_missing']],
    ['submit', 'signed_off', { completionBreached: true }, ['breach_reason_missing']],
    [
      'submit',
      'signed_off',
      {
        submissionReady: { exists: false, missing: [] },
        signOffRecorded: false,
        completionBreached: true,
        breachReasonRecorded: false,
      },
      ['submission_missing', 'sign_off_missing', 'breach_reason_missing'],
    ],
    ['sign_off', 'consultation', { outstandingEvidence: ['Lifeline'] }, ['evidence_outstanding']],
    ['sign_off', 'consultation', { outstandingEvidence: ['Lifeline', 'Headway'] }, ['evidence_outstanding']],
    ['close', 'published', { openActions: ['1.2', '3.4'] }, ['actions_open']],
    ['publish', 'cleared', { openCriminalProceedings: 1 }, ['criminal_proceedings_open']],
    ['publish', 'cleared', { openCriminalProceedings: 2 }, ['criminal_proceedings_open']],
    ['publish', 'cleared', { familyToldPublicationDate: false }, ['family_not_told']],
    [
      'publish',
      'cleared',
      { openCriminalProceedings: 3, familyToldPublicationDate: false },
      ['criminal_proceedings_open', 'family_not_told'],
    ],
  ];

  describe('the rules of domain.md', () => {
    it.each(BLOCKED)('%s from %s with %j is blocked by %j', (transition, status, changes, codes) => {
      const facts = ready(status, changes);
      const offered = availableTransitions(facts).find((o) => o.transition === transition);
      expect(offered?.available).toBe(false);
      expect(offered?.blockers.map((b) => b.code)).toEqual(codes);

      const error = thrown(() => assertTransition(facts, transition));
      expect(error.code).toBe(codes[0]);
      expect(error.blockers.map((b) => b.code)).toEqual(codes);
      expect(error.message).toBe(error.blockers.map((b) => b.message).join(' '));
    });

    // the facts that matter to one transition never block another
    it.each(BLOCKED)('%s from %s with %j leaves a transfer available', (_transition, status, changes) => {
      expect(assertTransition(ready(status, changes), 'transfer')).toBe('transferred');
    });

    it('do not hold a breached review whose reason is recorded', () => {
      const facts = ready('signed_off', { completionBreached: true, breachReasonRecorded: true });
      expect(assertTransition(facts, 'submit')).toBe('submitted');
    });

    it.each([
      ['commission', 'notified'],
      ['decline', 'notified'],
      ['start_consultation', 'drafting'],
      ['record_cleared', 'submitted'],
      ['record_resubmit', 'submitted'],
      ['transfer', 'drafting'],
    ] as const)('%s from %s needs nothing beyond its status', (transition, status) => {
      const nothingDone = ready(status, {
        homeOfficeInformedOn: null,
        chair: { appointed: false, independenceDeclared: false },
        agreedTermsOfReference: false,
        completionBreached: true,
        signOffRecorded: false,
        submissionReady: { exists: false, missing: [] },
        openCriminalProceedings: 1,
        familyToldPublicationDate: false,
      });
      expect(availableTransitions(nothingDone).find((o) => o.transition === transition)?.blockers).toEqual(
        [],
      );
    });
  });

  describe('messages tell the coordinator what to do', () => {
    it.each([
      [
        'setting_up',
        { homeOfficeInformedOn: null },
        'start_work',
        'Record the date the Home Office was told of the decision to hold the review.',
      ],
      [
        'setting_up',
        { chair: { appointed: false, independenceDeclared: false } },
        'start_work',
        'Appoint an independent chair.',
      ],
      [
        'setting_up',
        { chair: { appointed: true, independenceDeclared: false } },
        'start_work',
        'Record the independent chair’s declaration of independence from every agency under review.',
      ],
      [
        'evidence_gathering',
        { agreedTermsOfReference: false },
        'start_drafting',
        'Record that the panel has agreed a version of the terms of reference.',
      ],
      [
        'consultation',
        { outstandingEvidence: ['Lifeline', 'Headway'] },
        'sign_off',
        'Accept the IMR, summary or nil return of every agency asked first; waiting for: Lifeline, Headway.',
      ],
      [
        'signed_off',
        { submissionReady: { exists: true, missing: ['executive summary', 'anonymisation check'] } },
        'submit',
        'Complete the submission, which is missing: executive summary, anonymisation check.',
      ],
      [
        'signed_off',
        { completionBreached: true },
        'submit',
        'The completion date has passed: record the reason for the delay.',
      ],
      [
        'cleared',
        { openCriminalProceedings: 1 },
        'publish',
        '1 criminal proceeding has not concluded: record its conclusion before publishing.',
      ],
      [
        'cleared',
        { openCriminalProceedings: 2 },
        'publish',
        '2 criminal proceedings have not concluded: record their conclusion before publishing.',
      ],
    ] as [ReviewStatus, Partial<ReviewFacts>, ReviewTransition, string][])(
      'from %s with %j, %s says "%s"',
      (status, changes, transition, message) => {
        expect(thrown(() => assertTransition(ready(status, changes), transition)).message).toBe(message);
      },
    );
  });

  it('refuses as a domain rule, which the edge answers as 422 rule_violated', () => {
    const error = thrown(() =>
      assertTransition(ready('cleared', { familyToldPublicationDate: false }), 'publish'),
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error.kind).toBe('rule_violated');
    expect(error.name).toBe('ReviewRuleError');
  });
});

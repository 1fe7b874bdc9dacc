import type { UserId } from '@dhr/platform-domain';
import { isOverdue, REQUEST_STATUSES, RequestKind, RequestStatus } from './imr-request';
import {
  assertCanSend,
  assertCanSignOff,
  assertEditable,
  assertWithChair,
  statusAfterSubmission,
  submissionProblems,
} from './imr-rules';

const author = 'author' as UserId;
const manager = 'manager' as UserId;
const codeOf = (work: () => void): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('IMR rules', () => {
  describe('rule 4: sending a request', () => {
    it.each([
      ['scoped', 1, undefined],
      ['scoped', null, 'terms_of_reference_not_agreed'],
      ['requested', 1, 'already_sent'],
      ['accepted', 2, 'already_sent'],
    ] as const)('a %s request with agreed terms %s → %s', (status, terms, code) => {
      expect(codeOf(() => assertCanSend({ status }, terms))).toBe(code);
    });
  });

  describe('editing', () => {
    it.each(REQUEST_STATUSES.map((status) => [status]))('a %s request', (status: RequestStatus) => {
      const editable = ['requested', 'in_progress', 'returned'].includes(status);
      expect(codeOf(() => assertEditable({ status }))).toBe(editable ? undefined : 'not_editable');
    });
  });

  describe('rule 5: what a submission needs', () => {
    const complete = { chronologyEntries: 3, unansweredQuestions: [], independenceStatement: 'Independent.' };
    it.each([
      ['imr', complete, []],
      ['imr', { ...complete, chronologyEntries: 0 }, ['Add the agency’s chronology.']],
      ['imr', { ...complete, unansweredQuestions: [11, 12] }, ['Answer terms of reference question 11, 12.']],
      ['imr', { ...complete, independenceStatement: '  ' }, ['Give the author’s statement of independence.']],
      [
        'imr',
        { chronologyEntries: 0, unansweredQuestions: [1], independenceStatement: null },
        [
          'Add the agency’s chronology.',
          'Answer terms of reference question 1.',
          'Give the author’s statement of independence.',
        ],
      ],
      ['summary', { ...complete, chronologyEntries: 0 }, []],
      ['summary', { ...complete, unansweredQuestions: [2] }, ['Answer terms of reference question 2.']],
      [
        'nil_return',
        { chronologyEntries: 0, unansweredQuestions: [1, 2], independenceStatement: 'Independent.' },
        [],
      ],
      [
        'nil_return',
        { chronologyEntries: 0, unansweredQuestions: [], independenceStatement: null },
        ['Give the author’s statement of independence.'],
      ],
    ] as const)('a %s with %j lacks %j', (kind, content, problems) => {
      expect(
        submissionProblems({ kind }, { ...content, unansweredQuestions: [...content.unansweredQuestions] }),
      ).toEqual(problems);
    });

    it.each([
      ['imr', 'awaiting_sign_off'],
      ['summary', 'submitted'],
      ['nil_return', 'submitted'],
    ] as const)('a submitted %s goes to %s', (kind: RequestKind, status) => {
      expect(statusAfterSubmission({ kind })).toBe(status);
    });
  });

  describe('rule 5: sign-off by a senior manager who is not the author', () => {
    const waiting = {
      status: 'awaiting_sign_off' as const,
      authorUserId: author,
      seniorManagerUserId: manager,
    };
    it.each([
      ['the named senior manager', waiting, manager, undefined],
      ['the author', waiting, author, 'author_cannot_sign_off'],
      [
        'the author, even when named as senior manager',
        { ...waiting, seniorManagerUserId: author },
        author,
        'author_cannot_sign_off',
      ],
      ['someone else', waiting, 'other' as UserId, 'not_senior_manager'],
      [
        'anyone, before submission',
        { ...waiting, status: 'in_progress' as const },
        manager,
        'not_awaiting_sign_off',
      ],
    ])('%s', (_, request, signer, code) => {
      expect(codeOf(() => assertCanSignOff(request, signer))).toBe(code);
    });
  });

  it.each(REQUEST_STATUSES.map((status) => [status]))(
    'the chair decides on a %s request only when submitted',
    (status: RequestStatus) => {
      expect(codeOf(() => assertWithChair({ status }))).toBe(
        status === 'submitted' ? undefined : 'not_with_chair',
      );
    },
  );

  it.each([
    ['requested', '2026-11-26', true],
    ['requested', '2026-11-27', false],
    ['returned', '2026-01-01', true],
    ['submitted', '2026-01-01', false],
    ['scoped', '2026-01-01', false],
  ] as const)('a %s request due on %s is overdue on 2026-11-27: %s', (status, dueOn, overdue) => {
    expect(isOverdue({ status, dueOn }, '2026-11-27')).toBe(overdue);
  });
});

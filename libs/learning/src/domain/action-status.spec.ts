import { DomainError } from '@dhr/platform-domain';

import {
  ACTION_STATUSES,
  ActionStatus,
  assertCanApprove,
  assertCanReject,
  assertCanSubmitCompletion,
  isActionStatus,
} from './action-status';

function thrown(act: () => void): DomainError {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

// outcomes as seed 003's action plan words them
const OUTCOME = 'Presentation developed and delivered to senior managers across the Trust.';

describe('assertCanSubmitCompletion', () => {
  it.each([
    [1, OUTCOME],
    [3, 'Already incorporated in training material.'],
    [1, 'DASH model taken into force-wide use April 2014.'],
  ])('lets an open action be submitted with %i evidence document(s) and an outcome', (count, outcome) => {
    expect(() => assertCanSubmitCompletion('open', count, outcome)).not.toThrow();
  });

  // [case, status, evidence count, outcome, code, fields in fieldProblems]
  const REFUSALS: [string, ActionStatus, number, string | null, string, string[]][] = [
    ['already submitted', 'completion_submitted', 1, OUTCOME, 'not_open', []],
    ['already closed', 'closed', 2, OUTCOME, 'not_open', []],
    ['closed and nothing given: status first', 'closed', 0, null, 'not_open', []],
    ['no evidence', 'open', 0, OUTCOME, 'evidence_missing', ['evidence']],
    ['no outcome', 'open', 1, null, 'outcome_missing', ['outcome']],
    ['empty outcome', 'open', 1, '', 'outcome_missing', ['outcome']],
    ['outcome of spaces and line breaks', 'open', 4, ' \n\t ', 'outcome_missing', ['outcome']],
    [
      'neither: evidence named first, both listed',
      'open',
      0,
      null,
      'evidence_missing',
      ['evidence', 'outcome'],
    ],
    ['neither, blank outcome', 'open', 0, '   ', 'evidence_missing', ['evidence', 'outcome']],
  ];

  it.each(REFUSALS)('refuses: %s', (_case, status, count, outcome, code, fields) => {
    const error = thrown(() => assertCanSubmitCompletion(status, count, outcome));
    expect(error.kind).toBe('rule_violated');
    expect(error.code).toBe(code);
    expect(error.fieldProblems.map((p) => p.field)).toEqual(fields);
    expect(error.message).not.toBe('');
  });

  it.each([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'treats an evidence count of %s as a bug',
    (count) => {
      expect(() => assertCanSubmitCompletion('open', count, OUTCOME)).toThrow(RangeError);
    },
  );
});

describe('assertCanApprove', () => {
  it('lets the coordinator approve a submitted completion', () => {
    expect(() => assertCanApprove('completion_submitted')).not.toThrow();
  });

  it.each(['open', 'closed'] as ActionStatus[])('refuses to approve an action that is %s', (status) => {
    const error = thrown(() => assertCanApprove(status));
    expect([error.kind, error.code]).toEqual(['rule_violated', 'not_submitted']);
  });
});

describe('assertCanReject', () => {
  it.each(['Evidence does not show the training took place.', 'x'])(
    'lets the coordinator reject with %j',
    (reason) => {
      expect(() => assertCanReject('completion_submitted', reason)).not.toThrow();
    },
  );

  // [status, reason, code, fields]
  const REFUSALS: [ActionStatus, string | null, string, string[]][] = [
    ['open', 'No evidence attached', 'not_submitted', []],
    ['closed', 'Too late', 'not_submitted', []],
    ['open', null, 'not_submitted', []],
    ['completion_submitted', null, 'reason_missing', ['reason']],
    ['completion_submitted', '', 'reason_missing', ['reason']],
    ['completion_submitted', '  \n ', 'reason_missing', ['reason']],
  ];

  it.each(REFUSALS)('refuses %s with reason %j: %s', (status, reason, code, fields) => {
    const error = thrown(() => assertCanReject(status, reason));
    expect([error.kind, error.code]).toEqual(['rule_violated', code]);
    expect(error.fieldProblems.map((p) => p.field)).toEqual(fields);
  });
});

describe('the life of an action', () => {
  it('has three statuses', () => {
    expect(ACTION_STATUSES).toEqual(['open', 'completion_submitted', 'closed']);
    expect(isActionStatus('closed')).toBe(true);
    expect(isActionStatus('Completed')).toBe(false);
  });

  // each status: may the lead submit, may the coordinator approve, may the coordinator reject
  it.each([
    ['open', true, false, false],
    ['completion_submitted', false, true, true],
    ['closed', false, false, false],
  ] as [ActionStatus, boolean, boolean, boolean][])(
    '%s: submit %s, approve %s, reject %s',
    (status, submit, approve, reject) => {
      const allowed = (act: () => void): boolean => {
        try {
          act();
          return true;
        } catch {
          return false;
        }
      };
      expect(allowed(() => assertCanSubmitCompletion(status, 1, OUTCOME))).toBe(submit);
      expect(allowed(() => assertCanApprove(status))).toBe(approve);
      expect(allowed(() => assertCanReject(status, 'Evidence missing'))).toBe(reject);
    },
  );
});

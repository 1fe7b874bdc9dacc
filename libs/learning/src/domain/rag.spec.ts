import { RAG_LABELS, RAG_RATINGS, RagInput, RagRating, RagResult, effectiveRag, isRagRating } from './rag';

const TODAY = '2014-05-15';

function rag(input: Partial<RagInput>): RagResult {
  return effectiveRag({
    reported: null,
    targetDate: null,
    completedOn: null,
    signedOff: false,
    today: TODAY,
    ...input,
  });
}

describe('effectiveRag', () => {
  // [case, reported, targetDate, completedOn, signedOff, rating, reason]; today is 2014-05-15
  const CASES: [
    string,
    RagRating | null,
    string | null,
    string | null,
    boolean,
    RagRating,
    RagResult['reason'],
  ][] = [
    // signed off: Green whatever else is true
    ['signed off, on time', 'amber', '2014-06-30', '2014-05-01', true, 'green', 'signed_off'],
    ['signed off, target passed', 'red', '2014-03-31', '2014-03-01', true, 'green', 'signed_off'],
    [
      'signed off, completed after the target',
      'green',
      '2014-03-31',
      '2014-04-20',
      true,
      'green',
      'signed_off',
    ],
    ['signed off, no target (TBA)', null, null, '2014-05-01', true, 'green', 'signed_off'],
    ['signed off, never rated', null, '2014-06-30', '2014-05-15', true, 'green', 'signed_off'],
    // completion recorded, awaiting sign-off: light green even when overdue (the documented decision)
    [
      'completed, awaiting sign-off, on time',
      'green',
      '2014-06-30',
      '2014-05-10',
      false,
      'light_green',
      'completion_awaiting_sign_off',
    ],
    [
      'completed, awaiting sign-off, target passed',
      'green',
      '2014-03-31',
      '2014-05-10',
      false,
      'light_green',
      'completion_awaiting_sign_off',
    ],
    [
      'completed before target but overdue now, reported red',
      'red',
      '2014-03-31',
      '2014-03-20',
      false,
      'light_green',
      'completion_awaiting_sign_off',
    ],
    [
      'completed, reported amber',
      'amber',
      '2014-06-30',
      '2014-05-10',
      false,
      'light_green',
      'completion_awaiting_sign_off',
    ],
    [
      'completed, never rated, TBA target',
      null,
      null,
      '2014-05-10',
      false,
      'light_green',
      'completion_awaiting_sign_off',
    ],
    // overdue and incomplete: Red whatever was typed (seed 000: "Mar-14" targets rated "A"/"G" in "May-14")
    ['seed 000 row 1.8: Mar-14, reported G', 'green', '2014-03-31', null, false, 'red', 'overdue'],
    ['seed 000 row 1.14: Mar-14, reported A', 'amber', '2014-03-31', null, false, 'red', 'overdue'],
    ['seed 000 row 2.12: Apr-14, reported A', 'amber', '2014-04-30', null, false, 'red', 'overdue'],
    ['overdue, reported light green', 'light_green', '2014-05-14', null, false, 'red', 'overdue'],
    ['overdue, reported red', 'red', '2014-01-31', null, false, 'red', 'overdue'],
    ['overdue by one day, never rated', null, '2014-05-14', null, false, 'red', 'overdue'],
    // on the target day itself it is not yet overdue
    ['target is today, reported amber', 'amber', TODAY, null, false, 'amber', 'reported'],
    ['target is today, never rated', null, TODAY, null, false, 'amber', 'not_yet_rated'],
    // reported green without completion or sign-off: light green
    [
      'seed 000 row 1.11: Jun-14, reported G',
      'green',
      '2014-06-30',
      null,
      false,
      'light_green',
      'completion_awaiting_sign_off',
    ],
    [
      'TBA target, reported G (seed 000 row 3.2)',
      'green',
      null,
      null,
      false,
      'light_green',
      'completion_awaiting_sign_off',
    ],
    // otherwise the lead officer's judgement
    ['seed 000 row 1.11: Jun-14, reported A', 'amber', '2014-06-30', null, false, 'amber', 'reported'],
    ['seed 000 row 4.3: Sep-14, reported A', 'amber', '2014-09-30', null, false, 'amber', 'reported'],
    ['TBA target, reported A (seed 000 row 2.4)', 'amber', null, null, false, 'amber', 'reported'],
    [
      'on time, reported red (will not complete in time)',
      'red',
      '2014-09-30',
      null,
      false,
      'red',
      'reported',
    ],
    ['on time, reported light green', 'light_green', '2014-09-30', null, false, 'light_green', 'reported'],
    ['TBA target, reported light green', 'light_green', null, null, false, 'light_green', 'reported'],
    // nothing reported yet: amber, "not started but within timescale"
    [
      'seed 000 row 4.4 (status New): no target, no rating',
      null,
      null,
      null,
      false,
      'amber',
      'not_yet_rated',
    ],
    ['future target, no rating', null, '2015-03-31', null, false, 'amber', 'not_yet_rated'],
  ];

  it.each(CASES)('%s', (_case, reported, targetDate, completedOn, signedOff, rating, reason) => {
    expect(rag({ reported, targetDate, completedOn, signedOff })).toEqual({ rating, reason });
  });

  it('compares dates as days across month and year ends', () => {
    expect(rag({ targetDate: '2013-12-31', today: '2014-01-01' }).rating).toBe('red');
    expect(rag({ targetDate: '2014-01-01', today: '2013-12-31' }).rating).toBe('amber');
    expect(rag({ targetDate: '2012-02-29', today: '2012-03-01' }).rating).toBe('red');
  });

  it.each([
    ['today', { today: '15/05/2014' }],
    ['today', { today: '2014-02-30' }],
    ['targetDate', { targetDate: 'Mar-14' }],
    ['targetDate', { targetDate: '' }],
    ['completedOn', { completedOn: '2014-13-01' }],
  ] as [string, Partial<RagInput>][])('refuses a malformed %s as a programming error', (name, input) => {
    expect(() => rag(input)).toThrow(new RegExp(`^${name} .* is not a calendar date`));
    expect(() => rag(input)).toThrow(RangeError);
  });
});

describe('RAG_RATINGS and RAG_LABELS', () => {
  it('orders the ratings worst to best and labels each one', () => {
    expect(RAG_RATINGS).toEqual(['red', 'amber', 'light_green', 'green']);
    expect(RAG_LABELS).toEqual({ red: 'Red', amber: 'Amber', light_green: 'Light green', green: 'Green' });
  });

  it.each([
    ['red', true],
    ['light_green', true],
    ['Light green', false],
    ['blue', false],
    ['', false],
  ])('isRagRating(%j) is %s', (value, expected) => {
    expect(isRagRating(value)).toBe(expected);
  });
});

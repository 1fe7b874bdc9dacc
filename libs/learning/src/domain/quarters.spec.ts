import { quarterOf, updateDue } from './quarters';

describe('quarterOf', () => {
  // calendar quarters, not the April-March financial year
  it.each([
    ['2014-01-01', 2014, 1, 'Q1 2014'],
    ['2014-03-31', 2014, 1, 'Q1 2014'], // seed 000 "Mar-14"
    ['2014-04-01', 2014, 2, 'Q2 2014'],
    ['2014-05-31', 2014, 2, 'Q2 2014'], // seed 000 "May-14", the date of update
    ['2014-06-30', 2014, 2, 'Q2 2014'],
    ['2014-07-01', 2014, 3, 'Q3 2014'],
    ['2013-09-30', 2013, 3, 'Q3 2013'], // seed 000 "Sep-13"
    ['2026-08-15', 2026, 3, 'Q3 2026'],
    ['2014-10-01', 2014, 4, 'Q4 2014'],
    ['2015-12-31', 2015, 4, 'Q4 2015'],
    ['2024-02-29', 2024, 1, 'Q1 2024'],
  ])('%s is in %i quarter %i (%s)', (date, year, quarter, label) => {
    expect(quarterOf(date)).toEqual({ year, quarter, label });
  });

  it.each(['May-14', '2014-13-01', '2023-02-29', '', '2014-5-1'])(
    'throws on the malformed date %j',
    (date) => {
      expect(() => quarterOf(date)).toThrow(RangeError);
    },
  );
});

describe('updateDue', () => {
  // [last update, today, due]
  it.each([
    [null, '2014-05-15', true],
    ['2014-05-31', '2014-05-15', false], // a later day of the same quarter
    ['2014-04-01', '2014-06-30', false],
    ['2014-03-31', '2014-04-01', true], // a new quarter starts
    ['2013-09-30', '2014-05-15', true], // seed 000 row 2.7, last updated "Sep-13"
    ['2014-06-30', '2014-07-01', true],
    ['2013-12-31', '2014-01-01', true], // across the year end
    ['2013-05-15', '2014-05-15', true], // same quarter number, a year earlier
    ['2014-05-15', '2014-05-15', false],
    ['2014-07-01', '2014-06-30', false], // dated in a later quarter than today: counts as given
  ])('last updated %s, today %s: due %s', (last, today, due) => {
    expect(updateDue(last, today)).toBe(due);
  });

  it('throws on a malformed date', () => {
    expect(() => updateDue('May-14', '2014-05-15')).toThrow(RangeError);
    expect(() => updateDue(null, '15/05/2014')).toThrow(RangeError);
  });
});

import { ApproximateDate } from '@dhr/platform-domain';

import {
  ChronologyDate,
  chronologyBounds,
  chronologyDateProblems,
  formatChronologyDate,
  parseChronologyDate,
} from './chronology-date';

type Precision = ApproximateDate['precision'];

function parsed(text: string): ChronologyDate {
  const result = parseChronologyDate(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got: ${result.problem}`);
  return result.date;
}

function problemOf(text: string): string {
  const result = parseChronologyDate(text);
  if (result.ok)
    throw new Error(`expected ${JSON.stringify(text)} to be refused, got ${JSON.stringify(result.date)}`);
  return result.problem;
}

const single = (from: ApproximateDate, extra: Partial<ChronologyDate> = {}): ChronologyDate => ({
  from,
  to: null,
  approximate: false,
  time: null,
  ...extra,
});

describe('parseChronologyDate', () => {
  // [as an agency wrote it, earliest, latest, precision of `from`, approximate, as we write it back]
  // every expected day worked out by hand; seed 003's phrases are marked
  const PHRASES: [string, string, string, Precision, boolean, string][] = [
    // exact days: UK day-first numerics, ISO, words
    ['06.02.2014', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014'], // seed 003
    ['6/2/2014', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014'],
    ['06-02-2014', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014'],
    ['2014-02-06', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014'],
    ['2014/02/06', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014'],
    ['6 February 2014', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014'],
    ['6th Feb 2014', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014'],
    ['1st March 2010', '2010-03-01', '2010-03-01', 'day', false, '1 March 2010'],
    ['22nd Sept 2011', '2011-09-22', '2011-09-22', 'day', false, '22 September 2011'],
    ['3rd sep. 2011', '2011-09-03', '2011-09-03', 'day', false, '3 September 2011'],
    ['February 6, 2014', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014'],
    ['6-Feb-2014', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014'],
    ['  6   FEBRUARY   2014  ', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014'],
    ['29/02/2012', '2012-02-29', '2012-02-29', 'day', false, '29 February 2012'],
    ['31.12.1999', '1999-12-31', '1999-12-31', 'day', false, '31 December 1999'],
    // two-digit years pivot at 50
    ['6/2/14', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014'],
    ['06.02.49', '2049-02-06', '2049-02-06', 'day', false, '6 February 2049'],
    ['06.02.50', '1950-02-06', '1950-02-06', 'day', false, '6 February 1950'],
    ['1/1/00', '2000-01-01', '2000-01-01', 'day', false, '1 January 2000'],
    ['12/11/86', '1986-11-12', '1986-11-12', 'day', false, '12 November 1986'],
    // times
    ['06.02.2014 14:30', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014 at 14:30'],
    ['6 February 2014 at 2.30pm', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014 at 14:30'],
    ['6 Feb 2014, 2pm', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014 at 14:00'],
    ['6 Feb 2014 12am', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014 at 00:00'],
    ['6 Feb 2014 12:15 pm', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014 at 12:15'],
    ['6 Feb 2014 1430hrs', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014 at 14:30'],
    ['6/2/14 09.05', '2014-02-06', '2014-02-06', 'day', false, '6 February 2014 at 09:05'],
    // months
    ['August 2013', '2013-08-01', '2013-08-31', 'month', false, 'August 2013'],
    ['Aug 2013', '2013-08-01', '2013-08-31', 'month', false, 'August 2013'],
    ['08/2013', '2013-08-01', '2013-08-31', 'month', false, 'August 2013'],
    ['8.2013', '2013-08-01', '2013-08-31', 'month', false, 'August 2013'],
    ['2013-08', '2013-08-01', '2013-08-31', 'month', false, 'August 2013'],
    ['May 2014', '2014-05-01', '2014-05-31', 'month', false, 'May 2014'], // seed 003
    ['June 2014', '2014-06-01', '2014-06-30', 'month', false, 'June 2014'], // seed 003
    ['April 2011', '2011-04-01', '2011-04-30', 'month', false, 'April 2011'], // seed 003
    ['August 2012', '2012-08-01', '2012-08-31', 'month', false, 'August 2012'], // seed 003
    ['December 2014', '2014-12-01', '2014-12-31', 'month', false, 'December 2014'], // seed 003
    ['Sept 2012', '2012-09-01', '2012-09-30', 'month', false, 'September 2012'],
    ['February 2012', '2012-02-01', '2012-02-29', 'month', false, 'February 2012'],
    ['mid-August 2013', '2013-08-11', '2013-08-20', 'month', false, 'mid-August 2013'],
    ['mid August 2013', '2013-08-11', '2013-08-20', 'month', false, 'mid-August 2013'],
    ['Mid - Aug 2013', '2013-08-11', '2013-08-20', 'month', false, 'mid-August 2013'],
    ['early March 2010', '2010-03-01', '2010-03-10', 'month', false, 'early March 2010'],
    ['late Feb 2013', '2013-02-21', '2013-02-28', 'month', false, 'late February 2013'],
    // seasons
    ['spring 2007', '2007-03-01', '2007-05-31', 'season', false, 'spring 2007'], // seed 003
    ['autumn 2013', '2013-09-01', '2013-11-30', 'season', false, 'autumn 2013'], // seed 003
    ['summer 2014', '2014-06-01', '2014-08-31', 'season', false, 'summer 2014'], // seed 003
    ['spring 2014', '2014-03-01', '2014-05-31', 'season', false, 'spring 2014'], // seed 003
    ['late autumn 2013', '2013-11-01', '2013-11-30', 'season', false, 'late autumn 2013'],
    ['early summer 2010', '2010-06-01', '2010-06-30', 'season', false, 'early summer 2010'],
    ['fall 2012', '2012-09-01', '2012-11-30', 'season', false, 'autumn 2012'],
    ['winter 2007/08', '2007-12-01', '2008-02-29', 'season', false, 'winter 2007/08'],
    ['winter 2007-2008', '2007-12-01', '2008-02-29', 'season', false, 'winter 2007/08'],
    ['Winter 1999/2000', '1999-12-01', '2000-02-29', 'season', false, 'winter 1999/2000'],
    ['winter 2010', '2010-12-01', '2011-02-28', 'season', false, 'winter 2010/11'],
    // years
    ['1985', '1985-01-01', '1985-12-31', 'year', false, '1985'],
    ['1986', '1986-01-01', '1986-12-31', 'year', false, '1986'], // seed 003
    ['early 2010', '2010-01-01', '2010-04-30', 'year', false, 'early 2010'],
    ['mid-2010', '2010-05-01', '2010-08-31', 'year', false, 'mid-2010'],
    ['late 2012', '2012-09-01', '2012-12-31', 'year', false, 'late 2012'],
    // hedged
    ['c. 1985', '1985-01-01', '1985-12-31', 'year', true, 'c. 1985'],
    ['c.1985', '1985-01-01', '1985-12-31', 'year', true, 'c. 1985'],
    ['c1985', '1985-01-01', '1985-12-31', 'year', true, 'c. 1985'],
    ['circa 1985', '1985-01-01', '1985-12-31', 'year', true, 'c. 1985'],
    ['ca. 1990', '1990-01-01', '1990-12-31', 'year', true, 'c. 1990'],
    ['approx. March 2010', '2010-03-01', '2010-03-31', 'month', true, 'c. March 2010'],
    ['approximately spring 2007', '2007-03-01', '2007-05-31', 'season', true, 'c. spring 2007'],
    ['around 2009', '2009-01-01', '2009-12-31', 'year', true, 'c. 2009'],
    ['about 6 February 2014', '2014-02-06', '2014-02-06', 'day', true, 'c. 6 February 2014'],
    ['Circa mid-August 2013', '2013-08-11', '2013-08-20', 'month', true, 'c. mid-August 2013'],
    // ranges
    ['between March and May 2010', '2010-03-01', '2010-05-31', 'month', false, 'between March and May 2010'],
    ['March–May 2010', '2010-03-01', '2010-05-31', 'month', false, 'between March and May 2010'],
    ['March - May 2010', '2010-03-01', '2010-05-31', 'month', false, 'between March and May 2010'],
    ['Mar-May 2010', '2010-03-01', '2010-05-31', 'month', false, 'between March and May 2010'],
    ['2007-2009', '2007-01-01', '2009-12-31', 'year', false, 'between 2007 and 2009'],
    ['2007 – 2009', '2007-01-01', '2009-12-31', 'year', false, 'between 2007 and 2009'],
    ['2007 to 2009', '2007-01-01', '2009-12-31', 'year', false, 'between 2007 and 2009'],
    [
      'from June 2012 to August 2013',
      '2012-06-01',
      '2013-08-31',
      'month',
      false,
      'between June 2012 and August 2013',
    ],
    [
      'from June 2012 until August 2013',
      '2012-06-01',
      '2013-08-31',
      'month',
      false,
      'between June 2012 and August 2013',
    ],
    [
      'between spring and autumn 2013',
      '2013-03-01',
      '2013-11-30',
      'season',
      false,
      'between spring and autumn 2013',
    ],
    [
      'between autumn and winter 2007/08',
      '2007-09-01',
      '2008-02-29',
      'season',
      false,
      'between autumn and winter 2007/08',
    ],
    ['between 2009 and mid-2010', '2009-01-01', '2010-08-31', 'year', false, 'between 2009 and mid-2010'],
    ['6-8 March 2010', '2010-03-06', '2010-03-08', 'day', false, 'between 6 March 2010 and 8 March 2010'],
    [
      '06.02.2014 - 10.02.2014',
      '2014-02-06',
      '2014-02-10',
      'day',
      false,
      'between 6 February 2014 and 10 February 2014',
    ],
    ['the 1990s', '1990-01-01', '1999-12-31', 'year', false, 'between 1990 and 1999'],
    ['1985-86', '1985-01-01', '1986-12-31', 'year', false, 'between 1985 and 1986'],
    ['c. 2007-2009', '2007-01-01', '2009-12-31', 'year', true, 'approximately between 2007 and 2009'],
  ];

  it.each(PHRASES)(
    'reads %j as %s to %s (%s, approximate %s), written %j',
    (text, earliest, latest, precision, approximate, written) => {
      const date = parsed(text);
      expect(chronologyBounds(date)).toEqual({ earliest, latest });
      expect(date.from.precision).toBe(precision);
      expect(date.approximate).toBe(approximate);
      expect(formatChronologyDate(date)).toBe(written);
      expect(chronologyDateProblems(date)).toEqual([]);
    },
  );

  it.each(PHRASES)('reads back what it writes for %j', (text) => {
    const date = parsed(text);
    expect(parsed(formatChronologyDate(date))).toEqual(date);
  });

  it.each([
    ['6 February 2014', single({ precision: 'day', year: 2014, month: 2, day: 6 })],
    ['06.02.2014 14:30', single({ precision: 'day', year: 2014, month: 2, day: 6 }, { time: '14:30' })],
    ['mid-August 2013', single({ precision: 'month', year: 2013, month: 8, qualifier: 'mid' })],
    ['c. spring 2007', single({ precision: 'season', year: 2007, season: 'spring' }, { approximate: true })],
    [
      'between March and May 2010',
      single(
        { precision: 'month', year: 2010, month: 3 },
        { to: { precision: 'month', year: 2010, month: 5 } },
      ),
    ],
  ] as [string, ChronologyDate][])('reads %j into its parts', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  // [text, a fragment the problem must contain]
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['banana', '"banana" is not a date we recognise'],
    ['207', 'not a date we recognise'],
    ['spring', 'not a date we recognise'],
    ['31/02/2014', 'day must be 1 to 28 in February 2014'],
    ['29.02.2013', 'day must be 1 to 28 in February 2013'],
    ['31 April 2011', 'day must be 1 to 30 in April 2011'],
    ['13/13/2013', 'month must be 1 to 12'],
    ['2013-13', '"2013-13" is neither a month nor a pair of years'],
    ['0999', 'year must be a whole number from 1000'],
    ['between May and March 2010', 'The range must end after it starts: March 2010 is not after May 2010'],
    ['2009-2007', 'must end after it starts'],
    ['from August 2013 to June 2012', 'must end after it starts'],
    ['between March and March 2010', 'must end after it starts'],
    ['August 2013 at 14:30', 'A time (14:30) needs one exact day, not "August 2013"'],
    ['2013 14:30', 'needs one exact day'],
    ['between 6 and 8 March 2010 at 14:30', 'needs one exact day'],
    ['14:30', 'needs a date with a day'],
    ['at 2pm', 'needs a date with a day'],
    ['6 February 2014 25:00', '25:00 is not a time of day'],
    ['6 February 2014 14:75', '14:75 is not a time of day'],
    ['6 February 2014 13pm', 'use 1 to 12 with am or pm'],
    ['summer 2007/08', 'Only winter spans two years'],
    ['winter 2007/09', 'winter 2007 is winter 2007/08'],
    ['1985-87', 'neither a month nor a pair of years'],
  ])('refuses %j: %s', (text, fragment) => {
    expect(problemOf(text)).toContain(fragment);
  });
});

describe('chronologyDateProblems (structured input)', () => {
  const day: ApproximateDate = { precision: 'day', year: 2014, month: 2, day: 6 };
  const month: ApproximateDate = { precision: 'month', year: 2013, month: 8 };

  it.each([
    ['a day', single(day), []],
    ['a timed day', single(day, { time: '00:00' }), []],
    ['a range of months', single(month, { to: { precision: 'month', year: 2013, month: 10 } }), []],
    ['an impossible day', single({ ...day, day: 30 }), ['from: day must be 1 to 28 in February 2014']],
    [
      'a bad end',
      single(month, { to: { precision: 'month', year: 2013, month: 13 } }),
      ['to: month must be 1 to 12'],
    ],
    ['a time on a month', single(month, { time: '14:30' }), ['time needs an exact day, not August 2013']],
    [
      'a time on a range',
      single(day, { to: { ...day, day: 7 }, time: '14:30' }),
      ['time is not used with a range'],
    ],
    [
      'a malformed time',
      single(day, { time: '2.30pm' }),
      ['time must be HH:MM on the 24-hour clock, e.g. 14:30'],
    ],
    ['24:00', single(day, { time: '24:00' }), ['time must be HH:MM on the 24-hour clock, e.g. 14:30']],
    [
      'a backwards range',
      single(day, { to: { ...day, day: 5 } }),
      ['The range must end after it starts: 5 February 2014 is not after 6 February 2014'],
    ],
    [
      'no from',
      { to: null, approximate: false, time: null } as unknown as ChronologyDate,
      ['from is needed'],
    ],
    [
      'approximate not a boolean',
      single(day, { approximate: 'yes' as unknown as boolean }),
      ['approximate must be true or false'],
    ],
  ] as [string, ChronologyDate, string[]][])('%s', (_name, date, problems) => {
    expect(chronologyDateProblems(date)).toEqual(problems);
  });
});

describe('chronologyBounds', () => {
  it('does not widen an approximate date: "c." is shown, not guessed at', () => {
    expect(chronologyBounds(parsed('c. 1985'))).toEqual(chronologyBounds(parsed('1985')));
  });

  it('runs a range from the start of its first date to the end of its last', () => {
    expect(chronologyBounds(parsed('between mid-August 2013 and winter 2013/14'))).toEqual({
      earliest: '2013-08-11',
      latest: '2014-02-28',
    });
  });
});

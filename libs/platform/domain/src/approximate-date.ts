import { calendarDate, compareDates, daysInMonth } from './calendar-date';

/**
 * Dates as real reports give them: "spring 2007", "autumn 2013", "mid-August 2013", "1985", "06.02.2014".
 * A chronology keeps what the source said, and still sorts, by the range of days the words can mean.
 */
export const DATE_PRECISIONS = ['day', 'month', 'season', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

export const DATE_QUALIFIERS = ['early', 'mid', 'late'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

export interface ApproximateDate {
  precision: DatePrecision;
  year: number;
  /** 1-12, for day and month precision. */
  month?: number;
  /** For day precision. */
  day?: number;
  /** For season precision. */
  season?: Season;
  /** Only for month, season or year precision ("mid-August 2013", "late 1985"). */
  qualifier?: DateQualifier;
}

/** Four-digit years from 1000: enough for any life a chronology covers, while "207" is caught as a typo. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/**
 * UK meteorological seasons, by first month. Winter runs from December of its year into January and
 * February of the next, so "winter 2007" is December 2007 to February 2008.
 */
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * What is wrong with an approximate date, each message naming its part; [] when it is valid. Each precision
 * carries exactly its parts (a day: month and day; a month: month; a season: season), and a missing part may
 * arrive as null from JSON.
 */
export function approximateDateProblems(value: ApproximateDate): string[] {
  const { precision, year, month, day, season, qualifier } = value;
  if (!(DATE_PRECISIONS as readonly string[]).includes(precision)) {
    return [`precision must be one of ${DATE_PRECISIONS.join(', ')}`];
  }
  const problems: string[] = [];
  if (!isWhole(year, MIN_YEAR, MAX_YEAR)) {
    problems.push(`year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}`);
  }

  const carries = {
    month: precision === 'day' || precision === 'month',
    day: precision === 'day',
    season: precision === 'season',
  };
  for (const part of ['month', 'day', 'season'] as const) {
    const given = value[part] != null;
    if (carries[part] && !given) problems.push(`${part} is needed for ${precision} precision`);
    if (!carries[part] && given) problems.push(`${part} is not used with ${precision} precision`);
  }
  const monthIsValid = month != null && isWhole(month, 1, 12);
  if (carries.month && month != null && !monthIsValid) problems.push('month must be 1 to 12');
  if (carries.day && day != null) {
    if (!monthIsValid && !isWhole(day, 1, 31)) problems.push('day must be 1 to 31');
    if (monthIsValid && !isWhole(day, 1, daysInMonth(year, month))) {
      problems.push(`day must be 1 to ${daysInMonth(year, month)} in ${MONTH_NAMES[month - 1]} ${year}`);
    }
  }
  if (carries.season && season != null && !(SEASONS as readonly string[]).includes(season)) {
    problems.push(`season must be one of ${SEASONS.join(', ')}`);
  }
  if (qualifier != null && !(DATE_QUALIFIERS as readonly string[]).includes(qualifier)) {
    problems.push(`qualifier must be one of ${DATE_QUALIFIERS.join(', ')}`);
  } else if (qualifier != null && precision === 'day') {
    problems.push('qualifier is not used with an exact day');
  }
  return problems;
}

/** The first day it can mean: spring 2007 → 2007-03-01, mid-August 2013 → 2013-08-11. */
export function earliestDay(value: ApproximateDate): string {
  return range(value)[0];
}

/** The last day it can mean: winter 2007 → 2008-02-29, late 1985 → 1985-12-31. */
export function latestDay(value: ApproximateDate): string {
  return range(value)[1];
}

/** As a report writes it: "6 February 2014", "mid-August 2013", "late autumn 2013", "winter 2007/08". */
export function formatApproximateDate(value: ApproximateDate): string {
  const v = valid(value);
  switch (v.precision) {
    case 'day':
      return `${v.day} ${MONTH_NAMES[v.month - 1]} ${v.year}`;
    case 'month':
      return qualified(v.qualifier, `${MONTH_NAMES[v.month - 1]} ${v.year}`);
    case 'season':
      return qualified(v.qualifier, `${v.season} ${seasonYears(v.season, v.year)}`);
    case 'year':
      return qualified(v.qualifier, String(v.year));
  }
}

/** Orders a chronology: by the first day each can mean, then the last ("2013" before "autumn 2013"). */
export function compareApproximateDates(a: ApproximateDate, b: ApproximateDate): number {
  const [aFirst, aLast] = range(a);
  const [bFirst, bLast] = range(b);
  return compareDates(aFirst, bFirst) || compareDates(aLast, bLast);
}

/**
 * The first and last day. A qualifier takes a third of the span: of a month, days 1-10, 11-20 and 21 to the
 * end; of a season, its first, middle or last month; of a year, Jan-Apr, May-Aug or Sep-Dec.
 */
function range(value: ApproximateDate): [string, string] {
  const v = valid(value);
  switch (v.precision) {
    case 'day': {
      const day = calendarDate(v.year, v.month, v.day);
      return [day, day];
    }
    case 'month': {
      const last = daysInMonth(v.year, v.month);
      const days: Record<DateQualifier | 'whole', [number, number]> = {
        early: [1, 10],
        mid: [11, 20],
        late: [21, last],
        whole: [1, last],
      };
      const [from, to] = days[v.qualifier ?? 'whole'];
      return [calendarDate(v.year, v.month, from), calendarDate(v.year, v.month, to)];
    }
    case 'season':
      return monthSpan(v.year, SEASON_START[v.season], 3, v.qualifier);
    case 'year':
      return monthSpan(v.year, 1, 12, v.qualifier);
  }
}

/** `length` months from `firstMonth` (which may run past December), narrowed to a third if qualified. */
function monthSpan(
  year: number,
  firstMonth: number,
  length: number,
  qualifier?: DateQualifier,
): [string, string] {
  const third = length / 3;
  const skip = qualifier == null ? 0 : DATE_QUALIFIERS.indexOf(qualifier) * third;
  const count = qualifier == null ? length : third;
  const [fromYear, fromMonth] = monthAt(year, firstMonth + skip);
  const [toYear, toMonth] = monthAt(year, firstMonth + skip + count - 1);
  return [calendarDate(fromYear, fromMonth, 1), calendarDate(toYear, toMonth, daysInMonth(toYear, toMonth))];
}

/** Month 13 of 2007 is January 2008. */
function monthAt(year: number, month: number): [number, number] {
  return [year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1];
}

/** Winter crosses the year end, so it names both years: "winter 2007/08", "winter 1999/2000". */
function seasonYears(season: Season, year: number): string {
  if (season !== 'winter') return String(year);
  const next = year + 1;
  return `${year}/${next % 100 === 0 ? next : String(next % 100).padStart(2, '0')}`;
}

/** "mid-August 2013" and "mid-2010" are hyphenated; "early 2010" and "late autumn 2013" are not. */
function qualified(qualifier: DateQualifier | undefined, text: string): string {
  if (qualifier == null) return text;
  return qualifier === 'mid' ? `mid-${text}` : `${qualifier} ${text}`;
}

/** An approximate date whose precision has been checked to carry exactly the parts it needs. */
type Checked =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number; qualifier?: DateQualifier }
  | { precision: 'season'; year: number; season: Season; qualifier?: DateQualifier }
  | { precision: 'year'; year: number; qualifier?: DateQualifier };

/** An invalid approximate date here is a programming error: input is validated at the edge. */
function valid(value: ApproximateDate): Checked {
  const problems = approximateDateProblems(value);
  if (problems.length > 0) throw new RangeError(`Not a valid approximate date: ${problems.join('; ')}`);
  return value as Checked;
}

function isWhole(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

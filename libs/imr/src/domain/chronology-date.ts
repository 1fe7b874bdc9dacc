import {
  ApproximateDate,
  DateQualifier,
  Season,
  approximateDateProblems,
  compareApproximateDates,
  earliestDay,
  formatApproximateDate,
  latestDay,
} from '@dhr/platform-domain';

/**
 * The date of a chronology entry as the agency wrote it: a day, month, season or year, perhaps a range
 * ("between March and May 2010"), perhaps hedged ("c. 1985"), and for an exact day perhaps a time.
 */
export interface ChronologyDate {
  /** The date, or the start of a range. */
  from: ApproximateDate;
  /** The end of a range ("between March and May 2010", "2007-2009"); null for a single date. */
  to: ApproximateDate | null;
  /** The source hedged it: "c. 1985", "circa", "approx.", "about", "around". */
  approximate: boolean;
  /** "HH:MM" (24-hour), only with day precision and no range. */
  time: string | null;
}

export type ParsedDate = { ok: true; date: ChronologyDate } | { ok: false; problem: string };

/**
 * Two-digit years in numeric dates ("6/2/14") pivot at 50: 00-49 are 2000-2049 and 50-99 are 1950-1999.
 * Fixed rather than relative to today, so the same text always means the same day.
 */
export const TWO_DIGIT_YEAR_PIVOT = 50;

const EXAMPLES = '"6 February 2014", "August 2013", "spring 2007", "c. 1985" or "between March and May 2010"';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const HEDGE = /^(?:c\.|c(?=[\s\d])|ca\.|circa\b|approx\.|approximately\b|approx\b|about\b|around\b)\s*/;
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const QUALIFIER = '(?:(early|mid|late)(?:\\s*-\\s*|\\s+))?';
const SEASON = '(spring|summer|autumn|fall|winter)';
/** A time at the end of the text: "14:30", "at 2.30pm", "2pm", "1430hrs". */
const TRAILING_TIME =
  /^(.*?)(?:,?\s+at|,?\s+|^at\s+|^)\s*(?:(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)|(\d{1,2})[:.](\d{2})(?:\s*hrs?)?|(\d{2})(\d{2})\s*hrs?)$/;

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
 * Reads a date as agencies write it. Numeric dates are UK, day first ("06.02.2014" is 6 February); "2014-02-06"
 * and "2013-08" are ISO. Case, extra spaces, ordinals ("6th") and 3-letter months ("Sept" too) are tolerated.
 * A range is "between X and Y", "from X to Y", "X to Y" or "X-Y" (hyphen or dash); X may borrow Y's year
 * ("March-May 2010"). The problem, when there is one, says what is wrong in plain English.
 */
export function parseChronologyDate(text: string): ParsedDate {
  let rest = normalise(text);
  if (rest === '') return refuse('The date is empty: write e.g. ' + EXAMPLES);

  const hedge = HEDGE.exec(rest);
  const approximate = hedge != null;
  if (hedge) rest = rest.slice(hedge[0].length);

  let time: string | null = null;
  const timed = TRAILING_TIME.exec(rest);
  if (timed) {
    const read = readTime(timed);
    if ('problem' in read) return refuse(read.problem);
    time = read.time;
    rest = timed[1].trim();
    if (rest === '')
      return refuse(`A time (${time}) needs a date with a day, e.g. "6 February 2014 at ${time}"`);
  }

  const single = parseSingle(rest);
  let date: ChronologyDate;
  if (single.kind === 'date') {
    date = { from: single.date, to: single.to ?? null, approximate, time };
  } else {
    const range = single.kind === 'unknown' ? parseRange(rest) : null;
    if (range == null) return refuse(single.kind === 'invalid' ? single.problem : unrecognised(text));
    if ('problem' in range) return refuse(range.problem);
    date = { from: range.from, to: range.to, approximate, time };
  }

  if (time != null && (date.to != null || date.from.precision !== 'day')) {
    return refuse(`A time (${time}) needs one exact day, not ${describe(date)}`);
  }
  const problems = chronologyDateProblems(date);
  return problems.length > 0 ? refuse(problems.join('; ')) : { ok: true, date };
}

/** What is wrong with a chronology date given as structured data (from the API); [] when it is valid. */
export function chronologyDateProblems(date: ChronologyDate): string[] {
  if (date == null || typeof date !== 'object') return ['date is needed'];
  const problems: string[] = [];
  const fromProblems = datePart('from', date.from);
  const toProblems = date.to == null ? [] : datePart('to', date.to);
  problems.push(...fromProblems, ...toProblems);
  if (typeof date.approximate !== 'boolean') problems.push('approximate must be true or false');
  if (date.time != null) {
    if (typeof date.time !== 'string' || !TIME.test(date.time)) {
      problems.push('time must be HH:MM on the 24-hour clock, e.g. 14:30');
    } else if (date.to != null) {
      problems.push('time is not used with a range');
    } else if (fromProblems.length === 0 && date.from.precision !== 'day') {
      problems.push(`time needs an exact day, not ${formatApproximateDate(date.from)}`);
    }
  }
  if (date.to != null && fromProblems.length === 0 && toProblems.length === 0) {
    if (compareApproximateDates(date.from, date.to) >= 0) {
      const [from, to] = [formatApproximateDate(date.from), formatApproximateDate(date.to)];
      problems.push(`The range must end after it starts: ${to} is not after ${from}`);
    }
  }
  return problems;
}

/**
 * The calendar days (YYYY-MM-DD) the date can mean, from the start of `from` to the end of `to`. "c." does not
 * widen them: it is the source's caveat, shown with the date, and inventing a margin would hide it.
 */
export function chronologyBounds(date: ChronologyDate): { earliest: string; latest: string } {
  return { earliest: earliestDay(date.from), latest: latestDay(date.to ?? date.from) };
}

/** As a report writes it: "c. spring 2007", "between March and May 2010", "6 February 2014 at 14:30". */
export function formatChronologyDate(date: ChronologyDate): string {
  if (date.to == null) {
    const text = formatApproximateDate(date.from) + (date.time == null ? '' : ` at ${date.time}`);
    return date.approximate ? `c. ${text}` : text;
  }
  const text = `between ${formatRangeStart(date.from, date.to)} and ${formatApproximateDate(date.to)}`;
  return date.approximate ? `approximately ${text}` : text;
}

/** "between March and May 2010": a month or season (not winter, which names two years) drops a shared year. */
function formatRangeStart(from: ApproximateDate, to: ApproximateDate): string {
  const text = formatApproximateDate(from);
  const dropsYear =
    from.year === to.year &&
    (from.precision === 'month' || (from.precision === 'season' && from.season !== 'winter'));
  return dropsYear ? text.slice(0, -` ${from.year}`.length) : text;
}

type Single =
  | { kind: 'date'; date: ApproximateDate; to?: ApproximateDate }
  | { kind: 'invalid'; problem: string }
  | { kind: 'unknown' };

/** One date (or a decade, "1990s", or an ISO-like year pair, "1985-86"), without hedge or time. */
function parseSingle(text: string): Single {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text))) {
    return day(text, Number(m[1]), Number(m[3]), fullYear(m[4]));
  }
  if ((m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(text))) {
    return day(text, Number(m[4]), Number(m[3]), Number(m[1]));
  }
  if ((m = new RegExp(`^(\\d{1,2})(?:\\s*-\\s*|\\s+)${MONTH},?(?:\\s*-\\s*|\\s+)(\\d{4})$`).exec(text))) {
    return day(text, Number(m[1]), monthNumber(m[2]), Number(m[3]));
  }
  if ((m = new RegExp(`^${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`).exec(text))) {
    return day(text, Number(m[2]), monthNumber(m[1]), Number(m[3]));
  }
  if ((m = /^(\d{1,2})[./-](\d{4})$/.exec(text)) || (m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const [yearText, monthText] = m[1].length === 4 ? [m[1], m[2]] : [m[2], m[1]];
    const [year, month] = [Number(yearText), Number(monthText)];
    if (m[1].length === 4 && (month > 12 || month === 0)) return yearPair(year, monthText);
    return checked(text, { precision: 'month', year, month });
  }
  if ((m = new RegExp(`^${QUALIFIER}${MONTH},?\\s+(\\d{4})$`).exec(text))) {
    return checked(
      text,
      withQualifier({ precision: 'month', year: Number(m[3]), month: monthNumber(m[2]) }, m[1]),
    );
  }
  if ((m = new RegExp(`^${QUALIFIER}${SEASON}\\s+(\\d{4})(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?$`).exec(text))) {
    const season = (m[2] === 'fall' ? 'autumn' : m[2]) as Season;
    const year = Number(m[3]);
    if (m[4] != null) {
      if (season !== 'winter')
        return invalid(`Only winter spans two years, so "${text}" names one year too many`);
      if (
        m[4] !== String(year + 1) &&
        m[4] !==
          String(year + 1)
            .slice(-2)
            .padStart(2, '0')
      ) {
        const next = String((year + 1) % 100).padStart(2, '0');
        return invalid(`Winter runs into the next year: winter ${year} is winter ${year}/${next}`);
      }
    }
    return checked(text, withQualifier({ precision: 'season', year, season }, m[1]));
  }
  if ((m = new RegExp(`^${QUALIFIER}(\\d{4})$`).exec(text))) {
    return checked(text, withQualifier({ precision: 'year', year: Number(m[2]) }, m[1]));
  }
  if ((m = /^(?:the\s+)?(\d{3}0)'?s$/.exec(text))) {
    const decade = Number(m[1]);
    return {
      kind: 'date',
      date: { precision: 'year', year: decade },
      to: { precision: 'year', year: decade + 9 },
    };
  }
  return { kind: 'unknown' };
}

type Range = { from: ApproximateDate; to: ApproximateDate } | { problem: string };

/** "between X and Y", "from X to Y", "X to Y", "X - Y": the start may borrow the end's year (and month). */
function parseRange(text: string): Range | null {
  const worded =
    /^between\s+(.+?)\s+and\s+(.+)$/.exec(text) ??
    /^from\s+(.+?)\s+(?:to|until|till)\s+(.+)$/.exec(text) ??
    /^(.+?)\s+(?:to|until|till)\s+(.+)$/.exec(text);
  if (worded) return rangeOf(worded[1], worded[2]) ?? null;
  // a hyphen may also sit inside either date ("06-02-2014", "mid-August"), so try each one as the divider
  for (let at = text.indexOf('-'); at > 0; at = text.indexOf('-', at + 1)) {
    const range = rangeOf(text.slice(0, at).trim(), text.slice(at + 1).trim());
    if (range) return range;
  }
  return null;
}

function rangeOf(startText: string, endText: string): Range | undefined {
  const end = parseSingle(endText);
  if (end.kind !== 'date' || end.to != null) return end.kind === 'invalid' ? end : undefined;
  let start = parseSingle(startText);
  if (start.kind === 'unknown') start = parseSingle(borrow(startText, end.date));
  if (start.kind !== 'date' || start.to != null) return start.kind === 'invalid' ? start : undefined;
  return { from: start.date, to: end.date };
}

/** "March" in "March-May 2010" is March 2010; "6" in "6-8 March 2010" is 6 March 2010. */
function borrow(start: string, end: ApproximateDate): string {
  if (/^\d{1,2}$/.test(start) && end.precision === 'day' && end.month != null) {
    return `${start} ${MONTH_NAMES[end.month - 1].toLowerCase()} ${end.year}`;
  }
  return /\d/.test(start) ? start : `${start} ${end.year}`;
}

function day(text: string, dayOfMonth: number, month: number, year: number): Single {
  return checked(text, { precision: 'day', year, month, day: dayOfMonth });
}

function yearPair(year: number, endText: string): Single {
  const end = year + 1;
  if (end % 100 !== Number(endText))
    return invalid(`"${year}-${endText}" is neither a month nor a pair of years`);
  return { kind: 'date', date: { precision: 'year', year }, to: { precision: 'year', year: end } };
}

function checked(text: string, date: ApproximateDate): Single {
  const problems = approximateDateProblems(date);
  return problems.length === 0
    ? { kind: 'date', date }
    : invalid(`"${text}" is not a real date: ${problems.join('; ')}`);
}

function withQualifier(date: ApproximateDate, qualifier: string | undefined): ApproximateDate {
  return qualifier == null ? date : { ...date, qualifier: qualifier as DateQualifier };
}

function readTime(m: RegExpExecArray): { time: string } | { problem: string } {
  const [hourText, minuteText, meridiem] =
    m[2] != null
      ? [m[2], m[3] ?? '00', m[4]]
      : m[5] != null
        ? [m[5], m[6], undefined]
        : [m[7], m[8], undefined];
  let hour = Number(hourText);
  const minute = Number(minuteText);
  if (meridiem != null) {
    if (hour < 1 || hour > 12)
      return { problem: `${hourText}${meridiem} is not a time: use 1 to 12 with am or pm` };
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return TIME.test(time) ? { time } : { problem: `${hourText}:${minuteText} is not a time of day` };
}

function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  return yy < TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
}

function monthNumber(text: string): number {
  return MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(text.slice(0, 3))) + 1;
}

/** Lower case, one space, dashes as hyphens, no ordinals ("6th" → "6"), no trailing full stop. */
function normalise(text: string): string {
  return (text ?? '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .trim();
}

function describe(date: ChronologyDate): string {
  return chronologyDateProblems({ ...date, time: null }).length === 0
    ? `"${formatChronologyDate({ ...date, time: null })}"`
    : 'this date';
}

function unrecognised(text: string): string {
  return `"${text.trim()}" is not a date we recognise: write e.g. ${EXAMPLES}`;
}

function invalid(problem: string): Single {
  return { kind: 'invalid', problem };
}

function refuse(problem: string): ParsedDate {
  return { ok: false, problem };
}

function datePart(name: 'from' | 'to', value: ApproximateDate | undefined): string[] {
  if (value == null || typeof value !== 'object') return [`${name} is needed`];
  return approximateDateProblems(value).map((problem) => `${name}: ${problem}`);
}

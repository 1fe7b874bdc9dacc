import { calendarDate, daysInMonth, isCalendarDate } from '@dhr/platform-domain';

import { splitList } from './plan-import-lists';
import { normaliseHomoglyphs, tidy } from './plan-import-text';

/** The target-date (and date-of-update) cells of action plans kept in spreadsheets, read as people write them. */

export type PlanDate =
  /** `note`: how an unusual form was read (a spreadsheet serial, a financial quarter), for a warning. */
  | { kind: 'date'; date: string; precision: 'day' | 'month'; note?: string }
  | { kind: 'to_be_agreed' }
  /** `on`: the day of completion when the cell gives one ("Completed November 2014"). */
  | { kind: 'completed'; on?: string }
  | { kind: 'ongoing' }
  | { kind: 'immediate' }
  | { kind: 'not_applicable' }
  | { kind: 'empty' }
  | { kind: 'invalid'; problem: string };

/** Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999; fixed so the same text always means the same day. */
export const PLAN_DATE_PIVOT = 50;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = "'?(\\d{4}|\\d{2})";

const TO_BE_AGREED = /^(?:tba|tbc|tbd|to be (?:agreed|confirmed|decided|determined|arranged))$/u;
const DONE = '(?:action )?(?:complete|completed|done|closed|discharged|achieved|implemented|finished)';
const COMPLETED = new RegExp(`^${DONE}$`, 'u');
/** "Completed November 2014", "Completed (Aug 2015)", "Completed on 31/03/2015", "Complete - see evidence". */
const COMPLETED_WITH = new RegExp(`^${DONE}\\b[\\s:,;(–-]*(?:(?:in|on|by|at)\\s+)?(.+?)\\)?$`, 'u');
/** "Complete by March 2015", "To be completed by May 2015": a target, not a completion. */
const COMPLETE_BY = /^(?:to be )?complete[d]? by (.+)$/u;
const ONGOING =
  /^(?:on-?going|on going|continuous|continuing|rolling|as required|as and when|annual|annually|quarterly|monthly|business as usual|bau)$/u;
const IMMEDIATE = /^(?:immediate|immediately|with immediate effect)$/u;
const NOT_APPLICABLE = /^(?:n\/a|n\.a|na|not applicable|none|nil|-+|–|—|unknown|not known)$/u;
/** "by March 2014", "end of March 2014", "by the end of March 2014", "late March 2014": the same target. */
const BY = /^(?:by |before )?(?:the )?(?:(?:end|middle|start|beginning) of |(?:early|mid|late)[\s-]?)?/u;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/u;
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/u;
const DAY_MONTH_YEAR = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th)?[\\s-]*(?:of\\s+)?${MONTH}[\\s,-]*${YEAR}$`,
  'u',
);
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'u');
const MONTH_YEAR = new RegExp(`^${MONTH}[\\s/-]*${YEAR}$`, 'u');
/** A spreadsheet's day number (42094 is 31 March 2015), as a CSV or an unformatted cell shows a date. */
const SERIAL = /^(\d{5})(?:\.\d+)?$/u;
const SERIALS = { from: 29221, to: 73051 }; // 1 January 1980 to 31 December 2099
const QUARTER = /^(?:q|quarter\s*)([1-4])\s*(?:of\s+)?(?:fy\s*)?(\d{4}|\d{2})(?:\s*[/-]\s*(\d{4}|\d{2}))?$/u;
const YEAR_QUARTER = /^(?:fy\s*)?(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})\s*(?:q|quarter\s*)([1-4])$/u;
const FINANCIAL_YEAR = /^(?:fy\s*|financial year\s*)?(\d{4})\s*[/-]\s*(\d{4}|\d{2})$/u;
const END_OF_YEAR = /^(?:by )?(?:the )?end of (\d{4})$/u;
/** "Spring 2016", "Autumn 15", "Winter 2015/16": the end of the season (spring March-May, and so on). */
const SEASON = /^(spring|summer|autumn|fall|winter)\s*(\d{4}|\d{2})(?:\s*[/-]\s*(\d{4}|\d{2}))?$/u;
const SEASON_ENDS: Record<string, number> = { spring: 5, summer: 8, autumn: 11, fall: 11, winter: 2 };
/** One date among several on one line ("Sep 2015 March 2016"). */
const DATE_TOKEN = new RegExp(
  `(?:\\d{1,2}(?:st|nd|rd|th)?[\\s-]*${MONTH}[\\s,-]*${YEAR}|${MONTH}[\\s/-]*${YEAR}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2}))(?![\\w/])`,
  'uy',
);
const BETWEEN_DATES = /(?:\s*(?:[,;&+]|\band\b|\bthen\b)\s*|\s+)/uy;

const EXAMPLES = '"March 2014", "Mar-14", "31/03/2014", "TBA", "Completed", "Ongoing" or "Immediate"';

/**
 * A target-date cell. Month-only dates ("Mar-14", "March 2014", "Sept 14", "end of March 2015", "late March
 * 2015") mean the LAST day of the month with precision 'month', because a target of March 2014 is met by the
 * end of March. Numeric dates are UK, day first ("31/03/2014", "31.03.14"); "2014-03-31" is ISO (a time after
 * it is ignored); "19th Sept 2014" and "19thJune 2014" (seed 003) are days. "TBA"/"TBC"/"T.B.C."/"To be agreed"
 * (also in Cyrillic look-alikes, "ТВА") → to_be_agreed; "Completed", "Complete", "Closed", "Discharged"
 * (seed 001), "Action complete" → completed, with the day when one follows ("Completed November 2014"); "Ongoing",
 * "Annually", "BAU" → ongoing; "Immediate(ly)" → immediate; "N/A", "None", "-" → not_applicable; blank → empty.
 *
 * Decisions:
 * - A cell listing several milestones, one per line, numbered or bulleted on one line, or separated by ";"
 *   (seed 003 row 2: "April 2014 / April 2014 / July 2014"; row 41: "1. Complete / 2. March 2014 / 3. March
 *   2014"), or several dates on one line ("Sep 2015 March 2016", seed 001), gives the LATEST date: the action's
 *   target is met when its last milestone is. Completed milestones among dates are skipped; only completed ones
 *   → completed. Any other mix (a date with "TBA") is invalid: a person decides.
 * - A five-digit number from 29221 to 73050 is a spreadsheet's day serial (Excel's 1900 system: 42094 is
 *   31 March 2015), noted so the importer can say how it read it; other numbers and a year alone are invalid.
 * - "Q2 2015/16" is a quarter of the UK financial year (April to March): it ends on 30 September 2015;
 *   "2015/16" alone ends on 31 March 2016. "Q2 2015" is invalid: calendar or financial is a person's call.
 * - "Spring 2016" ends on 31 May 2016, "Summer" on 31 August, "Autumn" on 30 November, "Winter 2015/16" on 29
 *   February 2016 (noted; "Winter 2015" alone is invalid: which winter is a person's call).
 * - "End of 2015" is 31 December 2015 (precision 'month'); "Complete by March 2015" is a target, while
 *   "Completed November 2014" is a completion.
 * - Prose with dates in it ("Managers by April 2014 and ... by July 2014", "completed in 4 weeks"), a duration
 *   ("6 months") and a month without a year are invalid, with a problem in plain English.
 */
export function parsePlanDate(text: string): PlanDate {
  const cell = tidy(text);
  if (cell === '') return { kind: 'empty' };

  const parts = splitList(normaliseHomoglyphs(text))
    .flatMap((item) => item.split(';'))
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length <= 1) return parseOne(parts[0] ?? cell);

  const read = parts.map(parseOne);
  const invalid = read.findIndex((value) => value.kind === 'invalid');
  if (invalid >= 0) {
    return refuse(
      `"${parts[invalid]}" (one of ${parts.length} milestones) is not a target date: write e.g. ${EXAMPLES}`,
    );
  }
  if (read.every((value) => value.kind === 'completed')) return { kind: 'completed' };
  if (read.every((value) => value.kind === 'date' || value.kind === 'completed')) return latest(read);
  return refuse(
    `"${parts.join('; ')}" mixes ${[...new Set(read.map((value) => describe(value.kind)))].join(' and ')}: give one target date`,
  );
}

function parseOne(cell: string): Exclude<PlanDate, { kind: 'empty' }> {
  let lower = cell.toLowerCase().replace(/\.$/u, '');
  if (/^(?:[a-z]\.){2,}[a-z]?$/u.test(lower)) lower = lower.replace(/\./gu, ''); // "T.B.A."
  if (TO_BE_AGREED.test(lower)) return { kind: 'to_be_agreed' };
  if (COMPLETED.test(lower)) return { kind: 'completed' };
  if (ONGOING.test(lower)) return { kind: 'ongoing' };
  if (IMMEDIATE.test(lower)) return { kind: 'immediate' };
  if (NOT_APPLICABLE.test(lower)) return { kind: 'not_applicable' };
  const completeBy = /^to be completed by |^complete by /u.test(lower) ? COMPLETE_BY.exec(lower) : null;
  if (completeBy) return parseOne(completeBy[1] ?? '');
  const completedWith = COMPLETED_WITH.exec(lower);
  if (completedWith) {
    const when = parseOne(completedWith[1] ?? '');
    return when.kind === 'date' ? { kind: 'completed', on: when.date } : { kind: 'completed' };
  }
  return (
    dateOf(cell, lower) ?? sequenceOf(cell, lower.replace(BY, '')) ?? refusal(cell, lower.replace(BY, ''))
  );
}

function dateOf(cell: string, lower: string): DateOrInvalid | null {
  const endOfYear = END_OF_YEAR.exec(lower);
  if (endOfYear)
    return { kind: 'date', date: calendarDate(Number(endOfYear[1]), 12, 31), precision: 'month' };
  const words = lower.replace(BY, '');
  let match = ISO_DAY.exec(words);
  if (match) return day(cell, Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC_DAY.exec(words);
  if (match) return day(cell, year(match[3]), Number(match[2]), Number(match[1]));
  match = DAY_MONTH_YEAR.exec(words);
  if (match) return day(cell, year(match[3]), month(match[2]), Number(match[1]));
  match = MONTH_DAY_YEAR.exec(words);
  if (match) return day(cell, year(match[3]), month(match[1]), Number(match[2]));
  match = MONTH_YEAR.exec(words);
  if (match) return endOfMonth(year(match[2]), month(match[1]));
  match = SERIAL.exec(words);
  if (match && Number(match[1]) >= SERIALS.from && Number(match[1]) < SERIALS.to) {
    const date = new Date(Date.UTC(1899, 11, 30) + Number(match[1]) * 86_400_000).toISOString().slice(0, 10);
    return { kind: 'date', date, precision: 'day', note: `"${cell}" is read as a spreadsheet's date number` };
  }
  match = QUARTER.exec(words);
  if (match) return quarter(cell, Number(match[1]), match[2] ?? '', match[3]);
  match = YEAR_QUARTER.exec(words);
  if (match) return quarter(cell, Number(match[3]), match[1] ?? '', match[2]);
  match = SEASON.exec(words);
  if (match) return season(cell, match[1] ?? '', match[2] ?? '', match[3]);
  match = FINANCIAL_YEAR.exec(words);
  if (match && followsOn(match[1] ?? '', match[2] ?? '')) {
    const end = year(match[1]) + 1;
    return {
      ...endOfMonth(end, 3),
      note: `"${cell}" is read as the end of the financial year ${year(match[1])}/${String(end).slice(2)}`,
    };
  }
  return null;
}

/** "Q2 2015/16": the end of the second quarter of the financial year that starts in April 2015. */
function quarter(cell: string, q: number, first: string, second: string | undefined): DateOrInvalid {
  if (second === undefined) {
    return refuse(
      `"${cell}" does not say whether it is a calendar or a financial quarter: write e.g. "Q${q} ${year(first)}/${String(year(first) + 1).slice(2)}" (financial) or the month`,
    );
  }
  if (!followsOn(first, second)) return refuse(`"${cell}" is not a financial year: write e.g. "Q2 2015/16"`);
  const start = year(first);
  const [y, m] = q === 4 ? [start + 1, 3] : [start, 3 + q * 3];
  return {
    ...endOfMonth(y, m),
    note: `"${cell}" is read as the end of quarter ${q} of the financial year ${start}/${String(start + 1).slice(2)} (April to March)`,
  };
}

/** The end of a season: winter needs both its years ("Winter 2015/16" ends in February 2016). */
function season(cell: string, name: string, first: string, second: string | undefined): DateOrInvalid {
  const winter = name === 'winter';
  if (winter !== (second !== undefined) || (second !== undefined && !followsOn(first, second))) {
    return refuse(
      winter
        ? `"${cell}" does not say which winter: write e.g. "Winter ${year(first)}/${String(year(first) + 1).slice(2)}" or the month`
        : `"${cell}" is not a target date: write e.g. "${name} ${year(first)}" or the month`,
    );
  }
  const y = winter ? year(first) + 1 : year(first);
  const m = SEASON_ENDS[name] ?? 12;
  return {
    ...endOfMonth(y, m),
    note: `"${cell}" is read as the end of ${winter ? 'that winter' : `the ${name}`}`,
  };
}

function followsOn(first: string, second: string): boolean {
  const start = year(first);
  return second.length === 2 ? Number(second) === (start + 1) % 100 : Number(second) === start + 1;
}

/** Several dates on one line and nothing else: the latest, as for a cell listing one per line. */
function sequenceOf(cell: string, words: string): DateOrInvalid | null {
  const tokens: string[] = [];
  let at = 0;
  while (at < words.length) {
    if (tokens.length > 0) {
      BETWEEN_DATES.lastIndex = at;
      const gap = BETWEEN_DATES.exec(words);
      if (!gap) return null;
      at += gap[0].length;
    }
    DATE_TOKEN.lastIndex = at;
    const token = DATE_TOKEN.exec(words);
    if (!token) return null;
    tokens.push(token[0]);
    at += token[0].length;
  }
  if (tokens.length < 2) return null;
  const read = tokens.map((token) => dateOf(token, token));
  if (read.some((value) => value?.kind !== 'date')) return refuse(`"${cell}" is not a day of the calendar`);
  return latest(read as DateOrInvalid[]);
}

function refusal(cell: string, words: string): Extract<PlanDate, { kind: 'invalid' }> {
  if (/^\d{4}$/u.test(words))
    return refuse(`"${cell}" is only a year: give the month too, e.g. "March ${words}"`);
  if (/^\d+(?:\.\d+)?$/u.test(words))
    return refuse(`"${cell}" is a number, not a date: write e.g. ${EXAMPLES}`);
  return refuse(`"${cell}" is not a target date: write e.g. ${EXAMPLES}`);
}

function latest(read: PlanDate[]): Extract<PlanDate, { kind: 'date' }> {
  const dates = read.filter((value): value is Extract<PlanDate, { kind: 'date' }> => value.kind === 'date');
  return dates.reduce((last, date) => (date.date > last.date ? date : last));
}

function endOfMonth(y: number, m: number): Extract<PlanDate, { kind: 'date' }> {
  return { kind: 'date', date: calendarDate(y, m, daysInMonth(y, m)), precision: 'month' };
}

function day(cell: string, y: number, m: number, d: number): DateOrInvalid {
  const date = m >= 1 && m <= 12 && d >= 1 ? calendarDate(y, m, d) : '';
  if (!isCalendarDate(date)) return refuse(`"${cell}" is not a day of the calendar`);
  return { kind: 'date', date, precision: 'day' };
}

function year(text: string | undefined): number {
  const value = Number(text);
  if (text !== undefined && text.length === 2) return value < PLAN_DATE_PIVOT ? 2000 + value : 1900 + value;
  return value;
}

function month(text: string | undefined): number {
  return MONTHS[(text ?? '').slice(0, 3)] ?? 0;
}

type DateOrInvalid = Extract<PlanDate, { kind: 'date' | 'invalid' }>;

function refuse(problem: string): Extract<PlanDate, { kind: 'invalid' }> {
  return { kind: 'invalid', problem };
}

function describe(kind: PlanDate['kind']): string {
  switch (kind) {
    case 'date':
      return 'a date';
    case 'completed':
      return '"completed"';
    case 'to_be_agreed':
      return '"to be agreed"';
    case 'ongoing':
      return '"ongoing"';
    case 'immediate':
      return '"immediate"';
    case 'not_applicable':
      return '"not applicable"';
    case 'empty':
      return 'nothing';
    case 'invalid':
      return 'something unreadable';
  }
}

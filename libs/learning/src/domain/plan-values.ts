import { calendarDate, daysInMonth, isCalendarDate } from '@dhr/platform-domain';

import { RagRating } from './rag';

/**
 * Pure readers of the cells of partnership action plans kept in spreadsheets (seed 000) and of the action
 * plans of overview reports (seed 003, Appendix B). The importer builds rows from them; they never throw on
 * what a person typed.
 */

/**
 * Letters from other scripts that look exactly like Latin ones. Seed 000 has "ТВА" (Cyrillic Te, Ve, A) as a
 * target date, "А" (Cyrillic A) and "Α" (GREEK Alpha, 7 cells) as RAG ratings and "Н" (Cyrillic En) as a source
 * key. Decision: Greek is mapped as well as Cyrillic, because the seed's own bytes need it. Only true
 * look-alikes are mapped: Cyrillic "Г" (Ghe) looks like Greek Gamma, not "G", so it stays and "Г" is no rating.
 */
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic capitals
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
  Ү: 'Y',
  // Cyrillic small letters
  а: 'a',
  с: 'c',
  е: 'e',
  і: 'i',
  ј: 'j',
  о: 'o',
  р: 'p',
  ѕ: 's',
  х: 'x',
  у: 'y',
  // Greek capitals
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Greek small letter
  ο: 'o',
};

const HOMOGLYPH = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'gu');

/**
 * Replaces Cyrillic and Greek look-alike letters with the Latin letter they imitate ("ТВА" → "TBA"); all else
 * is kept. Meant for short code-like cells (references, ratings, "TBA"), not for prose: real Cyrillic or Greek
 * words would be mangled.
 */
export function normaliseHomoglyphs(text: string): string {
  return text.replace(HOMOGLYPH, (letter) => HOMOGLYPHS[letter] ?? letter);
}

/** Look-alikes to Latin, any white space (no-break spaces, line breaks) to one space, trimmed. */
function tidy(text: string): string {
  return normaliseHomoglyphs(text).replace(/\s+/gu, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------
// RAG

const RAG_WORDS: Record<string, RagRating> = {
  r: 'red',
  red: 'red',
  a: 'amber',
  amber: 'amber',
  g: 'green',
  green: 'green',
  lg: 'light_green',
  'light green': 'light_green',
  'light-green': 'light_green',
  light_green: 'light_green',
  lightgreen: 'light_green',
};

/**
 * A RAG cell: "R"/"A"/"G"/"LG" or the words, any case, after look-alikes are mapped (seed 000's Cyrillic "А" and
 * Greek "Α" are Amber). "" (or only spaces) → null: not rated. Anything else → 'invalid', including "Blue"
 * (some plans' "complete": here completion needs sign-off, so a plan's Blue is not taken as Green), a status
 * such as "Completed", and two ratings at once ("A/G").
 */
export function parseRag(text: string): RagRating | null | 'invalid' {
  const cell = tidy(text).toLowerCase().replace(/\.$/u, '');
  if (cell === '') return null;
  return RAG_WORDS[cell] ?? 'invalid';
}

// ---------------------------------------------------------------------------------------------------------
// Target dates

export type PlanDate =
  | { kind: 'date'; date: string; precision: 'day' | 'month' }
  | { kind: 'to_be_agreed' }
  | { kind: 'completed' }
  | { kind: 'ongoing' }
  | { kind: 'immediate' }
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
const COMPLETED = /^(?:(?:action )?complete|(?:action )?completed|done)$/u;
const ONGOING = /^(?:on-?going|on going|continuous|continuing)$/u;
const IMMEDIATE = /^(?:immediate|immediately|with immediate effect)$/u;
/** "by March 2014", "end of March 2014", "by the end of March 2014": the same target. */
const BY = /^(?:by )?(?:the )?(?:end of )?/u;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/u;
const DAY_MONTH_YEAR = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th)?[\\s-]*(?:of\\s+)?${MONTH}[\\s,-]*${YEAR}$`,
  'u',
);
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'u');
const MONTH_YEAR = new RegExp(`^${MONTH}[\\s/-]*${YEAR}$`, 'u');
/** "1. ", "2) ", "(3) " before a milestone in a cell that lists several. */
const NUMBERING = /^\(?\d{1,2}[.)]\s+/u;

const EXAMPLES = '"March 2014", "Mar-14", "31/03/2014", "TBA", "Completed", "Ongoing" or "Immediate"';

/**
 * A target-date cell. Month-only dates ("Mar-14", "March 2014", "Sept 14") mean the LAST day of the month with
 * precision 'month', because a target of March 2014 is met by the end of March. Numeric dates are UK, day
 * first ("31/03/2014", "31.03.14"); "2014-03-31" is ISO; "19th Sept 2014" and "19thJune 2014" (seed 003) are
 * days. "TBA"/"TBC"/"To be agreed" (also in Cyrillic look-alikes, "ТВА") → to_be_agreed; "Completed",
 * "Complete", "Action complete" → completed; "Ongoing" → ongoing; "Immediate(ly)" → immediate; blank → empty.
 *
 * Decisions:
 * - A cell listing several milestones, one per line or separated by ";" and perhaps numbered (seed 003 row 2:
 *   "April 2014 / April 2014 / July 2014"; row 41: "1. Complete / 2. March 2014 / 3. March 2014"), gives the
 *   LATEST date: the action's target is met when its last milestone is. Completed milestones among dates are
 *   skipped; only completed ones → completed. Any other mix (a date with "TBA") is invalid: a person decides.
 * - Prose with dates in it ("Managers by April 2014 and ... by July 2014", "completed in 4 weeks"), a year
 *   alone, a quarter and a bare number (a spreadsheet serial) are invalid, with a problem in plain English.
 */
export function parsePlanDate(text: string): PlanDate {
  const cell = tidy(text);
  if (cell === '') return { kind: 'empty' };

  const parts = normaliseHomoglyphs(text)
    .split(/[\n\r;]+/u)
    .map((part) => part.replace(/\s+/gu, ' ').trim().replace(NUMBERING, ''))
    .filter((part) => part !== '');
  if (parts.length <= 1) return parseOne(cell.replace(NUMBERING, ''));

  const read = parts.map(parseOne);
  const invalid = read.findIndex((value) => value.kind === 'invalid');
  if (invalid >= 0) {
    return refuse(
      `"${parts[invalid]}" (one of ${parts.length} milestones) is not a target date: write e.g. ${EXAMPLES}`,
    );
  }
  const dates = read.filter((value): value is Extract<PlanDate, { kind: 'date' }> => value.kind === 'date');
  if (read.every((value) => value.kind === 'completed')) return { kind: 'completed' };
  if (read.every((value) => value.kind === 'date' || value.kind === 'completed')) {
    return dates.reduce((latest, date) => (date.date > latest.date ? date : latest));
  }
  return refuse(
    `"${parts.join('; ')}" mixes ${[...new Set(read.map((value) => describe(value.kind)))].join(' and ')}: give one target date`,
  );
}

function parseOne(cell: string): Exclude<PlanDate, { kind: 'empty' }> {
  const lower = cell.toLowerCase().replace(/\.$/u, '');
  if (TO_BE_AGREED.test(lower)) return { kind: 'to_be_agreed' };
  if (COMPLETED.test(lower)) return { kind: 'completed' };
  if (ONGOING.test(lower)) return { kind: 'ongoing' };
  if (IMMEDIATE.test(lower)) return { kind: 'immediate' };

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
  if (match) {
    const y = year(match[2]);
    const m = month(match[1]);
    return { kind: 'date', date: calendarDate(y, m, daysInMonth(y, m)), precision: 'month' };
  }

  if (/^\d{4}$/u.test(words))
    return refuse(`"${cell}" is only a year: give the month too, e.g. "March ${words}"`);
  if (/^\d+(?:\.\d+)?$/u.test(words))
    return refuse(`"${cell}" is a number, not a date: write e.g. ${EXAMPLES}`);
  return refuse(`"${cell}" is not a target date: write e.g. ${EXAMPLES}`);
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
    case 'empty':
      return 'nothing';
    case 'invalid':
      return 'something unreadable';
  }
}

// ---------------------------------------------------------------------------------------------------------
// Action references

export interface PlanReference {
  /** "1.8", "2.12", "49", "P1.2"; null when the cell has none. */
  ref: string | null;
  /** The plan's key letters saying which reviews or inspections the action came from (seed 000: S, H, Z, N). */
  sourceKeys: string[];
}

const REF = '([A-Z]?\\d+(?:\\.\\d+)*)[.:]?';
const KEY_LIST = '([A-Z][A-Z0-9]*(?:\\s*(?:,|&|\\+|/|\\s|\\bAND\\b)\\s*[A-Z][A-Z0-9]*)*)';
const REFERENCE = new RegExp(`^(?:${REF})?\\s*(?:\\(\\s*${KEY_LIST}\\s*[,&]?\\s*\\))?$`, 'u');
const BARE_KEYS = /^[A-Z](?:\s*(?:,|&|\+|\/|\bAND\b|\s)\s*[A-Z])*$/u;

/**
 * An action-reference cell: a number ("1.8", "2.4", "49:" → "49", optionally one theme letter: "P1.2") and/or
 * the source keys in brackets, separated by ",", "&", "+", "/", "and" or spaces ("(S,H&N)", "(S &H)",
 * "(Z&N)"). Keys are upper-cased, look-alikes mapped (Cyrillic "Н" is H) and repeats dropped, in order.
 * Decisions: a cell of bare single key letters ("Н", "S&N", the plan's key table) gives keys without a ref;
 * anything else (seed 000's "` ′", ",", a section heading such as "1. PREV") is no reference:
 * { ref: null, sourceKeys: [] }, so the importer never invents one.
 */
export function parseReference(text: string): PlanReference {
  const cell = tidy(text).toUpperCase();
  const match = REFERENCE.exec(cell);
  if (match && (match[1] !== undefined || match[2] !== undefined)) {
    return { ref: match[1] ?? null, sourceKeys: keysOf(match[2]) };
  }
  if (BARE_KEYS.test(cell)) return { ref: null, sourceKeys: keysOf(cell) };
  return { ref: null, sourceKeys: [] };
}

function keysOf(list: string | undefined): string[] {
  if (list === undefined) return [];
  const keys = list.split(/\s*(?:,|&|\+|\/|\bAND\b|\s)\s*/u).filter((key) => key !== '');
  return [...new Set(keys)];
}

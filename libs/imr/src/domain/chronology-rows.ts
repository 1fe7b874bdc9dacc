import { FieldProblem } from '@dhr/platform-domain';
import {
  ChronologyDate,
  chronologyDateProblems,
  formatChronologyDate,
  parseChronologyDate,
} from './chronology-date';
import { CHRONOLOGY_HEADINGS, ChronologyColumn, columnOfHeading } from './chronology-headings';

/**
 * A chronology as agencies keep it in a spreadsheet: what is wrong with each row (the columns are in chronology-headings.ts).
 * The sheet itself (XLSX or CSV) is read elsewhere; here a row is plain cells, so the rules are tested alone.
 */

/** Limits of the chronology entry's columns (as the API's, so an imported row could have been typed in). */
export const LIMITS = {
  sourceReference: 200,
  subject: 50,
  subjects: 20,
  text: 10000,
  rows: 5000,
} as const;

/** How far down a title and notes above the header may reach. */
export const HEADER_SEARCH_ROWS = 30;

/** The template's example row says this in one of its cells; a row that does is skipped, not imported. */
export const EXAMPLE_MARKER = 'EXAMPLE - delete this row';

/** A day from a spreadsheet's own date cell, as the calendar date it shows (no time zone). */
export interface SheetDay {
  kind: 'day';
  year: number;
  month: number;
  day: number;
  /** "HH:MM" when the cell holds a time of day as well */
  time: string | null;
}

/** A spreadsheet time cell with no day ("14:30" formatted as a time). */
export interface SheetTime {
  kind: 'time';
  time: string;
}

export type SheetCell = string | SheetDay | SheetTime | null;

export interface SheetRow {
  /** the spreadsheet's own row number (1-based), so the author can find it */
  number: number;
  cells: SheetCell[];
}

/** One row, ready to become a chronology entry. */
export interface ChronologyRow {
  row: number;
  date: ChronologyDate;
  /** the date as the service writes it; parses back to `date` */
  dateText: string;
  sourceReference: string | null;
  subjects: string[];
  event: string;
  actionOutcome: string | null;
  analysis: string | null;
}

export type ChronologyRowsResult =
  | { ok: true; rows: ChronologyRow[] }
  | { ok: false; problems: FieldProblem[] };

interface Header {
  row: number;
  columns: Map<ChronologyColumn, number[]>;
  headings: string[];
  /** where the date, event and time (if any) are */
  date: number;
  event: number;
  time: number | undefined;
}

/**
 * Reads every row below the header. The header is the first row (in the first 30) naming at least two known
 * columns; blank rows, a repeated header and the template's example row are skipped. Every problem is
 * returned, each named `rows.<row number>.<column>`, or `file` when the sheet as a whole cannot be read.
 */
export function readChronologyRows(rows: SheetRow[]): ChronologyRowsResult {
  const header = findHeader(rows);
  if ('problem' in header) return refused([{ field: 'file', message: header.problem }]);

  const problems: FieldProblem[] = [];
  const read: ChronologyRow[] = [];
  for (const row of rows) {
    if (row.number <= header.row || isBlank(row) || isHeaderAgain(row, header) || isExample(row)) continue;
    const result = readRow(row, header);
    if ('problems' in result) problems.push(...result.problems);
    else read.push(result.row);
  }
  if (problems.length > 0) return refused(problems);
  if (read.length === 0) {
    return refused([
      { field: 'file', message: `There are no chronology entries below the header (row ${header.row})` },
    ]);
  }
  if (read.length > LIMITS.rows) {
    return refused([
      {
        field: 'file',
        message: `The sheet has ${read.length} entries, more than the ${LIMITS.rows} one upload can take: split it`,
      },
    ]);
  }
  return { ok: true, rows: read };
}

function findHeader(rows: SheetRow[]): Header | { problem: string } {
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns = new Map<ChronologyColumn, number[]>();
    const headings = row.cells.map((cell) => (typeof cell === 'string' ? cell.trim() : ''));
    headings.forEach((heading, index) => {
      const column = columnOfHeading(heading);
      if (column) columns.set(column, [...(columns.get(column) ?? []), index]);
    });
    if (columns.size < 2) continue;
    const [date, event] = [columns.get('date')?.[0], columns.get('event')?.[0]];
    const missing = (['date', 'event'] as const).filter((column) => !columns.has(column));
    if (date === undefined || event === undefined) {
      return {
        problem: `The header (row ${row.number}) has no ${missing.map((c) => `"${CHRONOLOGY_HEADINGS[c]}"`).join(' or ')} column: name it as in the template`,
      };
    }
    for (const single of ['date', 'time'] as const) {
      const indexes = columns.get(single) ?? [];
      if (indexes.length > 1) {
        const named = indexes.map((i) => `"${headings[i]}" (column ${columnLetter(i)})`).join(' and ');
        return { problem: `The header (row ${row.number}) has two ${single} columns, ${named}: keep one` };
      }
    }
    return { row: row.number, columns, headings, date, event, time: columns.get('time')?.[0] };
  }
  return {
    problem:
      'No header row found: the sheet needs a row with the headings "Date" and "Event" (as in the template) in its first 30 rows',
  };
}

type RowResult = { row: ChronologyRow } | { problems: FieldProblem[] };

function readRow(row: SheetRow, header: Header): RowResult {
  const problems: FieldProblem[] = [];
  const problem = (column: ChronologyColumn, message: string) =>
    problems.push({ field: `rows.${row.number}.${column}`, message });
  const texts = (column: ChronologyColumn) =>
    (header.columns.get(column) ?? [])
      .map((index) => textOf(row.cells[index] ?? null))
      .filter((t) => t !== '');
  const where = (column: ChronologyColumn) => {
    const index = (header.columns.get(column) ?? [])[0] ?? 0;
    return `column ${columnLetter(index)}, "${header.headings[index]}"`;
  };

  const date = readDate(row, header, problem, where);

  const event = texts('event').join('\n');
  if (event === '') problem('event', `The event is empty: say what happened (${where('event')})`);
  else if (event.length > LIMITS.text) problem('event', tooLong(LIMITS.text, event.length));

  const sourceReference = texts('sourceReference').join('; ');
  if (sourceReference.length > LIMITS.sourceReference) {
    problem('sourceReference', tooLong(LIMITS.sourceReference, sourceReference.length));
  }

  const subjects = texts('subjects')
    .flatMap((text) => text.split(/[,;\n]/))
    .map((subject) => subject.trim())
    .filter((subject) => subject !== '');
  const longSubject = subjects.find((subject) => subject.length > LIMITS.subject);
  if (longSubject) {
    problem(
      'subjects',
      `"${longSubject.slice(0, 60)}…" is not a pseudonym: each subject is at most ${LIMITS.subject} characters; separate them with commas or semicolons`,
    );
  } else if (subjects.length > LIMITS.subjects) {
    problem('subjects', `${subjects.length} subjects are named: at most ${LIMITS.subjects}`);
  }

  const actionOutcome = texts('actionOutcome').join('\n');
  if (actionOutcome.length > LIMITS.text)
    problem('actionOutcome', tooLong(LIMITS.text, actionOutcome.length));
  const analysis = texts('analysis').join('\n');
  if (analysis.length > LIMITS.text) problem('analysis', tooLong(LIMITS.text, analysis.length));

  if (problems.length > 0 || date == null) return { problems };
  return {
    row: {
      row: row.number,
      date,
      dateText: formatChronologyDate(date),
      sourceReference: sourceReference || null,
      subjects: [...new Set(subjects)],
      event,
      actionOutcome: actionOutcome || null,
      analysis: analysis || null,
    },
  };
}

function readDate(
  row: SheetRow,
  header: Header,
  problem: (column: ChronologyColumn, message: string) => void,
  where: (column: ChronologyColumn) => string,
): ChronologyDate | null {
  const dateCell = row.cells[header.date] ?? null;
  const timeCell = header.time === undefined ? null : (row.cells[header.time] ?? null);

  const time = readTime(timeCell);
  if (time.problem) problem('time', time.problem);

  let date: ChronologyDate;
  if (dateCell == null || (typeof dateCell === 'string' && dateCell.trim() === '')) {
    problem(
      'date',
      `The date is empty: write when it happened, e.g. "06/02/2014" or "mid-August 2013" (${where('date')})`,
    );
    return null;
  } else if (typeof dateCell === 'string') {
    const parsed = parseChronologyDate(dateCell);
    if (!parsed.ok) {
      problem('date', parsed.problem);
      return null;
    }
    date = parsed.date;
  } else if (dateCell.kind === 'time') {
    problem('date', `The date cell holds only a time (${dateCell.time}): write the day, e.g. "06/02/2014"`);
    return null;
  } else {
    date = {
      from: { precision: 'day', year: dateCell.year, month: dateCell.month, day: dateCell.day },
      to: null,
      approximate: false,
      time: dateCell.time,
    };
  }
  if (time.problem) return null;
  if (time.value != null) {
    if (date.to != null || date.from.precision !== 'day') {
      problem('time', `A time (${time.value}) needs one exact day, not "${formatChronologyDate(date)}"`);
      return null;
    }
    if (date.time != null && date.time !== time.value) {
      problem('time', `The date says ${date.time} and the time column ${time.value}: keep one`);
      return null;
    }
    date = { ...date, time: time.value };
  }
  const problems = chronologyDateProblems(date);
  if (problems.length > 0) {
    problem('date', problems.join('; '));
    return null;
  }
  return date;
}

/** "14:30", "14.30", "14:30:00", "1430", "1430hrs", "2pm", "2.30 pm" → "HH:MM". */
function readTime(cell: SheetCell): { value: string | null; problem?: string } {
  if (cell == null) return { value: null };
  if (typeof cell !== 'string') {
    if (cell.kind === 'time' || cell.time != null) return { value: cell.time };
    return { value: null, problem: 'The time column holds a date, not a time of day: write e.g. 14:30' };
  }
  const text = cell.trim().toLowerCase();
  if (text === '') return { value: null };
  const m =
    /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*(am|pm)$/.exec(text) ??
    /^(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*hrs?)?$/.exec(text) ??
    /^(\d{2})(\d{2})(?:\s*hrs?)?$/.exec(text);
  const refusal = { value: null, problem: `"${cell.trim()}" is not a time of day: write e.g. 14:30` };
  if (!m) return refusal;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  if (m[3] != null) {
    if (hour < 1 || hour > 12) return refusal;
    hour = (hour % 12) + (m[3] === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return refusal;
  return { value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

function textOf(cell: SheetCell): string {
  if (cell == null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (cell.kind === 'time') return cell.time;
  const day = `${String(cell.day).padStart(2, '0')}/${String(cell.month).padStart(2, '0')}/${cell.year}`;
  return cell.time == null ? day : `${day} ${cell.time}`;
}

function isBlank(row: SheetRow): boolean {
  return row.cells.every((cell) => textOf(cell) === '');
}

/** A header repeated further down, as when two sheets were pasted one under the other. */
function isHeaderAgain(row: SheetRow, header: Header): boolean {
  return (
    columnOfHeading(textOf(row.cells[header.date] ?? null)) === 'date' &&
    columnOfHeading(textOf(row.cells[header.event] ?? null)) === 'event'
  );
}

function isExample(row: SheetRow): boolean {
  const marker = EXAMPLE_MARKER.toLowerCase();
  return row.cells.some((cell) =>
    textOf(cell)
      .toLowerCase()
      .replace(/[\u2010-\u2015]/g, '-')
      .startsWith(marker),
  );
}

/** "A", "B", … "AA": as the spreadsheet labels its columns. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function tooLong(limit: number, length: number): string {
  return `This is ${length} characters long: at most ${limit}`;
}

function refused(problems: FieldProblem[]): ChronologyRowsResult {
  return { ok: false, problems };
}

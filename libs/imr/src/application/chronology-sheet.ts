import { Readable } from 'node:stream';
import { CellValue, Workbook, Worksheet } from 'exceljs';
import { DomainError } from '@dhr/platform-domain';
import { acceptedHeadings, CHRONOLOGY_HEADINGS, ChronologyColumn } from '../domain/chronology-headings';
import { EXAMPLE_MARKER, SheetCell, SheetRow } from '../domain/chronology-rows';

export type SheetFormat = 'xlsx' | 'csv';

export const SHEET_CONTENT_TYPES: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const COLUMNS = Object.keys(CHRONOLOGY_HEADINGS) as ChronologyColumn[];
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Old binary Excel (.xls) and password-protected workbooks are OLE compound files. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const UNSUPPORTED = 'Upload the chronology as an Excel workbook (.xlsx) or a CSV file (.csv)';

const EXAMPLE_ROW: Record<ChronologyColumn, string> = {
  date: '06/02/2014',
  time: '14:30',
  sourceReference: `${EXAMPLE_MARKER}: Custody record 14/2231`,
  subjects: 'MA 1; MA 2',
  event: 'Police called to the home by a neighbour reporting shouting. MA 1 had a cut to her lip.',
  actionOutcome: 'DASH risk assessment completed (high); referred to MARAC.',
  analysis: 'The referral was made the same day, as policy requires.',
};

const GUIDANCE: string[][] = [
  ['How to fill this in'],
  [],
  ['One row per event, under the header row. Keep the header row; you may add a title above it.'],
  ['The example row (marked EXAMPLE) is ignored on upload: delete it or leave it.'],
  [],
  ['Column', 'What to write'],
  ['Date', 'Required. Write the date as precisely as the record allows:'],
  ['', '"06/02/2014" (day first), "6 February 2014"'],
  ['', '"August 2013", "mid-August 2013", "early 2010"'],
  ['', '"spring 2007", "winter 2012/13"'],
  ['', '"c. 1985" when the record is unsure'],
  ['', '"between March and May 2010" for a period'],
  ['Time', 'Optional, only with an exact day: "14:30" or "2.30pm".'],
  ['Source record', 'Where it is recorded: system, record or document reference.'],
  ['Subjects', 'The pseudonyms of the people involved, separated by commas or semicolons: "MA 1; MA 2".'],
  ['Event', 'Required. What happened.'],
  ['Action / outcome', 'What the agency did, and what came of it.'],
  ['Analysis', 'Your analysis of the event, as the IMR author.'],
  [],
  ['Headings agencies often use instead are recognised too, for example:'],
  ...COLUMNS.map((column) => [
    CHRONOLOGY_HEADINGS[column],
    acceptedHeadings(column)
      .slice(0, 6)
      .map((heading) => `"${heading}"`)
      .join(', '),
  ]),
  [],
  ['If any row has a problem, nothing is imported and every problem is listed with its row number.'],
];

/** The chronology template: the header row and one example row, with guidance on a second sheet (XLSX). */
export async function writeChronologyTemplate(format: SheetFormat): Promise<Buffer> {
  const header = COLUMNS.map((column) => CHRONOLOGY_HEADINGS[column]);
  const example = COLUMNS.map((column) => EXAMPLE_ROW[column]);
  if (format === 'csv') {
    // a byte order mark, so that Excel opens it as UTF-8
    return Buffer.from('\ufeff' + [header, example].map(csvLine).join('\r\n') + '\r\n', 'utf8');
  }
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Chronology', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({
    key: column,
    width: { date: 22, time: 9, sourceReference: 24, subjects: 16 }[column as string] ?? 50,
    // text, so that a typed "06/02/2014" is not turned into a date in another locale's order
    style: column === 'date' || column === 'time' ? { numFmt: '@' } : {},
  }));
  sheet.addRow(header).font = { bold: true };
  const exampleRow = sheet.addRow(example);
  exampleRow.font = { italic: true, color: { argb: 'FF6E6E6E' } };
  exampleRow.alignment = { wrapText: true, vertical: 'top' };

  const guidance = workbook.addWorksheet('How to fill this in');
  guidance.columns = [{ width: 22 }, { width: 100 }];
  guidance.addRows(GUIDANCE);
  guidance.getRow(1).font = { bold: true, size: 14 };
  guidance.getRow(6).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The rows of an uploaded chronology: an XLSX's first sheet or a CSV, decided by the name and confirmed by the
 * content. Anything else is refused as unsupported (415), with what to upload instead.
 */
export async function readChronologySheet(filename: string, content: Buffer): Promise<SheetRow[]> {
  const extension = /\.([a-z0-9]+)$/i.exec(filename.trim())?.[1]?.toLowerCase();
  if (extension === 'xls' || startsWith(content, OLE)) {
    throw unsupported(
      'This is an old-style (.xls) or password-protected Excel file: save it as an Excel Workbook (.xlsx) without a password, or as CSV',
    );
  }
  if (extension !== 'xlsx' && extension !== 'csv') {
    throw unsupported(`"${filename}" is neither .xlsx nor .csv. ${UNSUPPORTED}`);
  }
  if (content.length === 0) {
    throw new DomainError('invalid', 'empty_file', 'The file is empty.', [
      { field: 'file', message: 'The selected file is empty' },
    ]);
  }
  if (extension === 'xlsx') {
    if (!startsWith(content, ZIP))
      throw unsupported(
        `The file's content is not an Excel workbook, although it is named .xlsx. ${UNSUPPORTED}`,
      );
    return readXlsx(content);
  }
  if (startsWith(content, ZIP)) {
    throw unsupported(
      `The file is an Excel workbook, although it is named .csv: name it .xlsx, or save it as CSV`,
    );
  }
  const text = decodeText(content);
  if (text == null)
    throw unsupported(`The file's content is not CSV text, although it is named .csv. ${UNSUPPORTED}`);
  return readCsv(text);
}

async function readXlsx(content: Buffer): Promise<SheetRow[]> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw unsupported(`The file could not be read as an Excel workbook. ${UNSUPPORTED}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unsupported(`The workbook has no sheets. ${UNSUPPORTED}`);
  return rowsOf(sheet);
}

async function readCsv(text: string): Promise<SheetRow[]> {
  const workbook = new Workbook();
  try {
    // every cell as written: exceljs would otherwise read "12-03-2013" as 3 December (US order)
    const sheet = await workbook.csv.read(Readable.from([text]), {
      map: (value: string) => (value === '' ? null : value),
      parserOptions: { delimiter: delimiterOf(text) },
    });
    return rowsOf(sheet);
  } catch {
    throw unsupported(`The file could not be read as CSV: check its quotes. ${UNSUPPORTED}`);
  }
}

function rowsOf(sheet: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const cells: SheetCell[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellOf(row.getCell(column).value));
    rows.push({ number, cells });
  }
  return rows;
}

/** A cell as the sheet shows it; a date cell as the calendar day it shows (Excel dates carry no time zone). */
export function cellOf(value: CellValue): SheetCell {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateOf(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellOf(value.text as CellValue);
  if ('error' in value) return value.error;
  if ('result' in value) return cellOf((value.result ?? null) as CellValue);
  return null;
}

function dateOf(value: Date): SheetCell {
  if (Number.isNaN(value.getTime())) return null;
  const minutes = Math.min(Math.round((value.getTime() % 86_400_000) / 60_000), 24 * 60 - 1);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  // a time with no day is stored as a fraction of the day Excel counts from (30 December 1899)
  if (value.getUTCFullYear() < 1900) return { kind: 'time', time };
  return {
    kind: 'day',
    year: value.getUTCFullYear(),
    month: value.getUTCMonth() + 1,
    day: value.getUTCDate(),
    time: minutes === 0 ? null : time,
  };
}

/** UTF-8 (with or without a byte order mark), else Windows-1252 as Excel saves "CSV (Comma delimited)". */
function decodeText(content: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    text = new TextDecoder('windows-1252').decode(content);
  }
  return hasControlCharacters(text) ? null : text;
}

/** Comma, or the semicolon or tab some exports use: whichever the first lines hold most of. */
function delimiterOf(text: string): string {
  const head = text
    .split(/\r?\n/)
    .slice(0, 30)
    .join('\n')
    .replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((delimiter) => [delimiter, head.split(delimiter).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** Text holds no control characters but tab, line feed, form feed and carriage return; binary files do. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) {
      return true;
    }
  }
  return false;
}

function csvLine(cells: string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
}

function startsWith(content: Buffer, magic: Buffer): boolean {
  return content.subarray(0, magic.length).equals(magic);
}

function unsupported(message: string): DomainError {
  return new DomainError('unsupported_type', 'chronology_file_unsupported', message, [
    { field: 'file', message },
  ]);
}

import { Readable } from 'node:stream';
import { CellValue, Workbook, Worksheet } from 'exceljs';
import { DomainError } from '@dhr/platform-domain';
import { PlanSheetRow } from '../domain/plan-import-columns';

/**
 * Reads an uploaded action plan (XLSX, or CSV in comma, semicolon or tab form) into rows of cell texts, judging
 * the file by its content as well as its name.
 */
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const UNSUPPORTED = 'Upload the action plan as an Excel workbook (.xlsx) or a CSV file (.csv)';

export async function readPlanSheet(filename: string, content: Buffer): Promise<PlanSheetRow[]> {
  const extension = /\.([a-z0-9]+)$/i.exec(filename.trim())?.[1]?.toLowerCase();
  if (extension === 'xls' || startsWith(content, OLE)) {
    throw unsupported(
      'This is an old-style (.xls) or password-protected Excel file: save it as an Excel Workbook (.xlsx) without a password, or as CSV',
    );
  }
  if (extension !== 'xlsx' && extension !== 'csv')
    throw unsupported(`"${filename}" is neither .xlsx nor .csv. ${UNSUPPORTED}`);
  if (content.length === 0) {
    throw new DomainError('invalid', 'empty_file', 'The file is empty.', [
      { field: 'file', message: 'The selected file is empty' },
    ]);
  }
  const workbook = new Workbook();
  if (extension === 'xlsx') {
    if (!startsWith(content, ZIP))
      throw unsupported(`The file is not an Excel workbook, although it is named .xlsx. ${UNSUPPORTED}`);
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw unsupported(`The file could not be read as an Excel workbook. ${UNSUPPORTED}`);
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw unsupported(`The workbook has no sheets. ${UNSUPPORTED}`);
    return rowsOf(sheet);
  }
  if (startsWith(content, ZIP)) throw unsupported('The file is an Excel workbook, although it is named .csv');
  const text = decodeText(content);
  if (text == null) throw unsupported(`The file's content is not CSV text. ${UNSUPPORTED}`);
  try {
    const sheet = await workbook.csv.read(Readable.from([text.replace(/^\ufeff/u, '')]), {
      map: (value: string) => (value === '' ? null : value),
      parserOptions: { delimiter: delimiterOf(text) },
    });
    return rowsOf(sheet);
  } catch {
    throw unsupported(`The file could not be read as CSV: check its quotes. ${UNSUPPORTED}`);
  }
}

function rowsOf(sheet: Worksheet): PlanSheetRow[] {
  const rows: PlanSheetRow[] = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    rows.push({ number, cells });
  }
  return rows;
}

/** A cell as text; a date cell as its ISO day (which the plan-date reader accepts). */
function cellText(value: CellValue): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue);
  if ('error' in value) return String(value.error);
  if ('result' in value) return cellText((value.result ?? null) as CellValue);
  return '';
}

function decodeText(content: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    text = new TextDecoder('windows-1252').decode(content);
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f)
      return null;
  }
  return text;
}

function delimiterOf(text: string): string {
  const head = text
    .split(/\r?\n/)
    .slice(0, 30)
    .join('\n')
    .replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((delimiter) => [delimiter, head.split(delimiter).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function startsWith(content: Buffer, magic: Buffer): boolean {
  return content.subarray(0, magic.length).equals(magic);
}

function unsupported(message: string): DomainError {
  return new DomainError('unsupported_type', 'action_plan_file_unsupported', message, [
    { field: 'file', message },
  ]);
}

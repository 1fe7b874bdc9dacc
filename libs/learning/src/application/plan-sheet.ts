import { Readable } from 'node:stream';
import { CellValue, Color, Fill, Workbook, Worksheet } from 'exceljs';
import { DomainError } from '@dhr/platform-domain';
import { headingsOf, PlanSheetRow } from '../domain/plan-import-columns';

/**
 * Reads an uploaded action plan (XLSX, or CSV in comma, semicolon or tab form) into rows of cell texts (and, for
 * XLSX, fill colours), judging the file by its content as well as its name.
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
    return planSheetOf(workbook);
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

/**
 * The rows of the workbook's plan: the first visible sheet with a header row naming the plan's columns (a cover,
 * key or instructions sheet before the plan is passed over), else the first visible sheet.
 */
function planSheetOf(workbook: Workbook): PlanSheetRow[] {
  const theme = themeColours(workbook);
  const visible = workbook.worksheets.filter(
    (sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden',
  );
  let first: PlanSheetRow[] | null = null;
  for (const sheet of visible.length > 0 ? visible : workbook.worksheets) {
    const rows = rowsOf(sheet, theme);
    if (rows.some((row) => headingsOf(row) !== null)) return rows;
    first ??= rows;
  }
  if (!first) throw unsupported(`The workbook has no sheets. ${UNSUPPORTED}`);
  return first;
}

/**
 * The sheet's rows as texts, with each cell's fill colour. A merged cell's text is kept in its first cell and in
 * the cells merged below it (marked `spanned`: a lead agency or target merged down over several actions applies
 * to each), not in the cells merged to its right, so a title or theme merged across the sheet is one cell.
 */
function rowsOf(sheet: Worksheet, theme: string[] = []): PlanSheetRow[] {
  const rows: PlanSheetRow[] = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const cells: string[] = [];
    const fills: (string | null)[] = [];
    const spanned: boolean[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      const master = cell.isMerged ? cell.master : cell;
      const below = master.address !== cell.address && Number(master.col) === column;
      cells.push(master.address === cell.address || below ? cellText(cell.value) : '');
      spanned.push(below);
      fills.push(fillOf(cell.fill, theme));
    }
    rows.push({
      number,
      cells,
      ...(fills.some((fill) => fill !== null) && { fills }),
      ...(spanned.some(Boolean) && { spanned }),
    });
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

// ---------------------------------------------------------------------------------------------------------
// Fill colours: what a plan shows as its RAG when the cell has no text

/** The workbook's theme colours in the order cells refer to them: lt1, dk1, lt2, dk2, accent1-6, hlink, folHlink. */
function themeColours(workbook: Workbook): string[] {
  const xml = (workbook as unknown as { _themes?: Record<string, string> })._themes?.['theme1'] ?? '';
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/u.exec(xml)?.[0] ?? '';
  const colour = (name: string) =>
    new RegExp(`<a:${name}>\\s*<a:(?:srgbClr val|sysClr [^>]*?lastClr)="([0-9A-Fa-f]{6})"`, 'u').exec(
      scheme,
    )?.[1];
  const names = [
    'lt1',
    'dk1',
    'lt2',
    'dk2',
    'accent1',
    'accent2',
    'accent3',
    'accent4',
    'accent5',
    'accent6',
  ];
  const found = [...names, 'hlink', 'folHlink'].map(colour);
  // Office 2013's theme, for a workbook without one
  const office = 'FFFFFF 000000 E7E6E6 44546A 4472C4 ED7D31 A5A5A5 FFC000 5B9BD5 70AD47 0563C1 954F72'.split(
    ' ',
  );
  return office.map((fallback, index) => found[index]?.toUpperCase() ?? fallback);
}

/** Excel's legacy palette (colours 0-63), which older workbooks refer to by number. */
const INDEXED = `
  000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF
  800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF
  000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99
  3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333
`
  .trim()
  .split(/\s+/u);

/** A cell's fill as "RRGGBB", tint applied; null for no fill. */
function fillOf(fill: Fill | undefined, theme: string[]): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return null;
  const colour: Partial<Color> & { indexed?: number; tint?: number } = fill.fgColor ?? fill.bgColor ?? {};
  let hex: string | undefined;
  if (typeof colour.argb === 'string' && /^(?:[0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/u.test(colour.argb)) {
    hex = colour.argb.slice(-6);
  } else if (typeof colour.theme === 'number') {
    hex = theme[colour.theme];
  } else if (typeof colour.indexed === 'number') {
    hex = INDEXED[colour.indexed];
  }
  if (!hex) return null;
  return typeof colour.tint === 'number' && colour.tint !== 0 ? tinted(hex, colour.tint) : hex.toUpperCase();
}

/** Excel's tint: the colour's lightness moved towards black (tint < 0) or white (tint > 0). */
function tinted(hex: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let lightness = (max + min) / 2;
  const saturation = max === min ? 0 : (max - min) / (1 - Math.abs(2 * lightness - 1));
  const hue =
    max === min
      ? 0
      : max === r
        ? (((g - b) / (max - min)) * 60 + 360) % 360
        : max === g
          ? ((b - r) / (max - min)) * 60 + 120
          : ((r - g) / (max - min)) * 60 + 240;
  lightness = tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint;
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = lightness - chroma / 2;
  const sector = Math.floor(hue / 60) % 6;
  const [r1, g1, b1] = [
    [chroma, x, 0],
    [x, chroma, 0],
    [0, chroma, x],
    [0, x, chroma],
    [x, 0, chroma],
    [chroma, 0, x],
  ][sector] as [number, number, number];
  return [r1, g1, b1]
    .map((value) =>
      Math.round((value + m) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '@dhr/platform-domain';
import { CombinedEntry } from './chronology-items';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** The columns of every export, in order. */
export const EXPORT_COLUMNS = [
  'Date',
  'Agency',
  'Source record',
  'Subjects',
  'Event',
  'Action/outcome',
  'Analysis',
] as const;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The combined chronology as a file, in the order given. Entries carry subjects' pseudonyms only, and nothing
 * is looked up to add to them: an export never holds a real identity.
 */
export async function exportChronology(
  reference: string,
  entries: readonly CombinedEntry[],
  format: ExportFormat,
): Promise<ExportedFile> {
  const title = `Combined chronology — ${reference}`;
  const rows = entries.map(rowOf);
  const content =
    format === 'docx'
      ? await docxOf(title, rows)
      : format === 'xlsx'
        ? await xlsxOf(title, rows)
        : await csvOf(rows);
  return { filename: exportFilename(reference, format), contentType: CONTENT_TYPES[format], content };
}

/** "DHR-2026-004-combined-chronology.csv": letters, digits, dot, hyphen and underscore only. */
export function exportFilename(reference: string, format: ExportFormat): string {
  const safe = reference.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '') || 'review';
  return `${safe}-combined-chronology.${format}`;
}

type Row = string[];

function rowOf({ entry, agencyName }: CombinedEntry): Row {
  return [
    entry.dateText,
    agencyName,
    entry.sourceReference ?? '',
    entry.subjects.join(', '),
    entry.event,
    entry.actionOutcome ?? '',
    entry.analysis ?? '',
  ];
}

const WIDTHS = [22, 24, 20, 16, 60, 40, 40];

function sheetOf(workbook: ExcelJS.Workbook, rows: Row[], guard: (text: string) => string) {
  const sheet = workbook.addWorksheet('Combined chronology', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(guard)).alignment = { wrapText: true, vertical: 'top' };
  return sheet;
}

async function xlsxOf(title: string, rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
  // cells are written as text, never formulas, so a spreadsheet needs no guard
  sheetOf(workbook, rows, (text) => text);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function csvOf(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  sheetOf(workbook, rows, neutraliseFormula);
  // the byte order mark makes Excel read the file as UTF-8 (dashes, accents)
  return Buffer.concat([Buffer.from('\ufeff', 'utf8'), Buffer.from(await workbook.csv.writeBuffer())]);
}

async function docxOf(title: string, rows: Row[]): Promise<Buffer> {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: (text === '' ? [''] : text.split(/\r?\n/)).map(
        (line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }),
      ),
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: EXPORT_COLUMNS.map((header) => cell(header, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  });
  const document = new Document({
    title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.LEFT }),
          rows.length === 0 ? new Paragraph({ text: 'No entries match.' }) : table,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

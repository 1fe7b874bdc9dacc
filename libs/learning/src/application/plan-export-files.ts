import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '@dhr/platform-domain';
import { RagRating } from '../domain/rag';

/** The columns partnerships' action plans already use (seed 000), in order. */
export const PLAN_EXPORT_COLUMNS = [
  'Ref',
  'Recommendation',
  'Lead agency',
  'Lead officer',
  'Actions',
  'Milestones',
  'Target date',
  'Progress',
  'RAG',
  'Date of update',
] as const;

const WIDTHS = [8, 50, 22, 22, 50, 40, 14, 50, 12, 14];
const TARGET_DATE = 6;
const RAG = 8;
const UPDATED_ON = 9;

/** A line of the exported plan: a section heading (a priority or theme), or an action's cells. */
export type PlanLine =
  | { kind: 'section'; title: string }
  | {
      kind: 'action';
      cells: string[];
      rag: RagRating;
      /** ISO days of the target and of the latest update, written as date cells in a workbook. */
      targetDate: string | null;
      updatedOn: string | null;
    };

/** The RAG cell's fill as partnerships colour it, with text that reads on it. */
const RAG_FILLS: Record<RagRating, { fill: string; text: string }> = {
  red: { fill: 'FFD4351C', text: 'FFFFFFFF' },
  amber: { fill: 'FFFFBF47', text: 'FF0B0C0C' },
  light_green: { fill: 'FF92D050', text: 'FF0B0C0C' },
  green: { fill: 'FF00703C', text: 'FFFFFFFF' },
};

const SECTION_FILL = 'FFF3F2F1';

function dateCell(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

function sheetOf(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet('Action plan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = PLAN_EXPORT_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/**
 * Decision: in XLSX every text cell is written as a string value, which exceljs stores as a shared string
 * (`<c t="s">`), never a formula (`<f>`): Excel shows "=HYPERLINK(...)" as the text it is and runs nothing.
 * No apostrophe there: in a shared string it would be shown literally ("'-2 weeks"), unlike one typed by
 * hand. Dates are date cells (so the plan sorts and filters by them), the RAG cell is coloured as partnerships
 * colour it, and a section heading spans the row. The e2e test reads the sheet XML back to check no cell is a
 * formula.
 */
export async function xlsxOf(title: string, lines: readonly PlanLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
  const sheet = sheetOf(workbook);
  for (const line of lines) {
    if (line.kind === 'section') {
      const row = sheet.addRow([line.title]);
      sheet.mergeCells(row.number, 1, row.number, PLAN_EXPORT_COLUMNS.length);
      row.font = { bold: true };
      row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SECTION_FILL } };
      continue;
    }
    const values: (string | Date)[] = [...line.cells];
    const target = dateCell(line.targetDate);
    const updated = dateCell(line.updatedOn);
    if (target) values[TARGET_DATE] = target;
    if (updated) values[UPDATED_ON] = updated;
    const row = sheet.addRow(values);
    row.alignment = { wrapText: true, vertical: 'top' };
    for (const column of [TARGET_DATE, UPDATED_ON]) row.getCell(column + 1).numFmt = 'dd/mm/yyyy';
    const rag = row.getCell(RAG + 1);
    rag.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: RAG_FILLS[line.rag].fill } };
    rag.font = { color: { argb: RAG_FILLS[line.rag].text }, bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV as seed 000 has it: a section heading in the first cell of its own row. */
export async function csvOf(lines: readonly PlanLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = sheetOf(workbook);
  for (const line of lines) {
    sheet.addRow(
      line.kind === 'section' ? [neutraliseFormula(line.title)] : line.cells.map(neutraliseFormula),
    );
  }
  // the byte order mark makes Excel read the file as UTF-8 (dashes, accents)
  return Buffer.concat([Buffer.from('\ufeff', 'utf8'), Buffer.from(await workbook.csv.writeBuffer())]);
}

export async function docxOf(title: string, lines: readonly PlanLine[]): Promise<Buffer> {
  const paragraphs = (text: string, bold: boolean) =>
    (text === '' ? [''] : text.split(/\r?\n/)).map(
      (line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] }),
    );
  const cell = (text: string, bold = false) => new TableCell({ children: paragraphs(text, bold) });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: PLAN_EXPORT_COLUMNS.map((header) => cell(header, true)) }),
      ...lines.map((line) =>
        line.kind === 'section'
          ? new TableRow({
              children: [
                new TableCell({
                  columnSpan: PLAN_EXPORT_COLUMNS.length,
                  shading: { type: ShadingType.CLEAR, fill: SECTION_FILL.slice(2), color: 'auto' },
                  children: paragraphs(line.title, true),
                }),
              ],
            })
          : new TableRow({ children: line.cells.map((text) => cell(text)) }),
      ),
    ],
  });
  const document = new Document({
    title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.LEFT }),
          lines.length === 0 ? new Paragraph({ text: 'No actions match.' }) : table,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

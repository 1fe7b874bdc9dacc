import { Injectable } from '@nestjs/common';
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
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db } from '@dhr/platform-database';
import { todayIn } from '@dhr/platform-domain';
import { RAG_LABELS, RagRating } from '../domain/rag';
import { ActionFilter } from '../persistence/action.repository';
import { ExportExtras, LearningDashboardRepository } from '../persistence/learning-dashboard.repository';
import { PlanQueries, PlanRow } from './plan.queries';

export const PLAN_EXPORT_FORMATS = ['xlsx', 'csv', 'docx'] as const;
export type PlanExportFormat = (typeof PLAN_EXPORT_FORMATS)[number];

export interface PlanExportFile {
  filename: string;
  contentType: string;
  content: Buffer;
  rows: number;
}

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

const CONTENT_TYPES: Record<PlanExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const PAGE = 500;

type Row = string[];

/**
 * The action plan as a file, with the same filters as the list (GET /api/v1/actions) and the same reach: a lead
 * officer exports their agency's actions only. Rows in reference order ("1.2" before "1.10"). Each export is
 * audited ('action-plan.exported').
 */
@Injectable()
export class PlanExport {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly queries: PlanQueries,
    private readonly dashboard: LearningDashboardRepository,
  ) {}

  async export(
    actor: PartnershipActor,
    filter: ActionFilter & { rag?: RagRating },
    format: PlanExportFormat,
    now = new Date(),
  ): Promise<PlanExportFile> {
    const planRows: PlanRow[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.queries.plan(actor, filter, PAGE, cursor, now);
      planRows.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    planRows.sort((a, b) => byReference(a.action.reference, b.action.reference));
    const extras = await this.dashboard.exportExtras(
      actor.partnershipId,
      planRows.map((row) => row.action.id),
      [...new Set(planRows.map((row) => row.action.leadAgencyId))],
      [...new Set(planRows.flatMap((row) => row.action.leadOfficerUserId ?? []))],
    );
    const rows = planRows.map((row) => planRowCells(row, extras));
    const today = todayIn(now);
    const title = `Action plan — ${formatDate(today)}`;
    const content =
      format === 'docx'
        ? await docxOf(title, rows)
        : format === 'xlsx'
          ? await xlsxOf(title, rows)
          : await csvOf(rows);
    const filename = `action-plan-${today}.${format}`;
    await this.db.transaction(() =>
      this.audit.record(actor, {
        action: 'action-plan.exported',
        entityType: 'action-plan',
        entityId: actor.partnershipId,
        after: { format, filter: { ...filter }, rows: rows.length, filename },
      }),
    );
    return { filename, contentType: CONTENT_TYPES[format], content, rows: rows.length };
  }
}

export function planRowCells({ action, rag }: PlanRow, extras: ExportExtras): Row {
  const update = extras.latestUpdate.get(action.id);
  const officer =
    action.leadOfficerName ??
    (action.leadOfficerUserId ? (extras.userNames.get(action.leadOfficerUserId) ?? '') : '');
  return [
    action.reference,
    (extras.recommendations.get(action.id) ?? [])
      .map((r) => `${[r.sourceKey, r.reference].filter((part) => part !== '').join(' ')}: ${r.text}`)
      .join('\n'),
    extras.agencyNames.get(action.leadAgencyId) ?? '',
    officer,
    action.description,
    (extras.milestones.get(action.id) ?? [])
      .map((m) =>
        [m.dueOn ? `${formatDate(m.dueOn)}: ` : '', m.description, m.done ? ' (done)' : ''].join(''),
      )
      .join('\n'),
    action.targetToBeAgreed ? 'To be agreed' : action.targetDate ? formatDate(action.targetDate) : '',
    update?.narrative ?? '',
    RAG_LABELS[rag.rating],
    update ? formatDate(update.reportedOn) : '',
  ];
}

/** "31/03/2027", as UK partnerships write dates in their plans. */
export function formatDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** References in natural order: "1.2" < "1.10" < "2.1". */
function byReference(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A spreadsheet opening a CSV runs text starting =, +, - or @ (or a tab or carriage return) as a formula: a
 * leading apostrophe keeps it text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function sheetOf(workbook: ExcelJS.Workbook, rows: Row[], guard: (text: string) => string) {
  const sheet = workbook.addWorksheet('Action plan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = PLAN_EXPORT_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(guard)).alignment = { wrapText: true, vertical: 'top' };
  return sheet;
}

/**
 * Decision: in XLSX every cell is written as a string value, which exceljs stores as a shared string
 * (`<c t="s">`), never a formula (`<f>`): Excel shows "=HYPERLINK(...)" as the text it is and runs nothing.
 * No apostrophe there: in a shared string it would be shown literally ("'-2 weeks"), unlike one typed by
 * hand. The e2e test reads the sheet XML back to check no cell is a formula.
 */
async function xlsxOf(title: string, rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
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
        (line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] }),
      ),
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: PLAN_EXPORT_COLUMNS.map((header) => cell(header, true)) }),
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
          rows.length === 0 ? new Paragraph({ text: 'No actions match.' }) : table,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

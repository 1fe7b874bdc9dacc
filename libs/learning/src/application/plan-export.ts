import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db } from '@dhr/platform-database';
import { todayIn } from '@dhr/platform-domain';
import { RAG_LABELS, RagRating } from '../domain/rag';
import { ActionFilter } from '../persistence/action.repository';
import { ExportExtras, LearningDashboardRepository } from '../persistence/learning-dashboard.repository';
import { csvOf, docxOf, PlanLine, xlsxOf } from './plan-export-files';
import { PlanQueries, PlanRow } from './plan.queries';

export { PLAN_EXPORT_COLUMNS } from './plan-export-files';

export const PLAN_EXPORT_FORMATS = ['xlsx', 'csv', 'docx'] as const;
export type PlanExportFormat = (typeof PLAN_EXPORT_FORMATS)[number];

export interface PlanExportFile {
  filename: string;
  contentType: string;
  content: Buffer;
  rows: number;
}

const CONTENT_TYPES: Record<PlanExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const PAGE = 500;
/** The heading of actions outside any section, in a plan whose other actions have one. */
export const OTHER_ACTIONS = 'Other actions';
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
    const extras = await this.dashboard.exportExtras(
      actor.partnershipId,
      planRows.map((row) => row.action.id),
      [...new Set(planRows.map((row) => row.action.leadAgencyId))],
      [...new Set(planRows.flatMap((row) => row.action.leadOfficerUserId ?? []))],
    );
    const lines = planLines(planRows, extras);
    const rows = planRows.length;
    const today = todayIn(now);
    const title = `Action plan — ${formatDate(today)}`;
    const content =
      format === 'docx'
        ? await docxOf(title, lines)
        : format === 'xlsx'
          ? await xlsxOf(title, lines)
          : await csvOf(lines);
    const filename = `action-plan-${today}.${format}`;
    await this.db.transaction(() =>
      this.audit.record(actor, {
        action: 'action-plan.exported',
        entityType: 'action-plan',
        entityId: actor.partnershipId,
        after: { format, filter: { ...filter }, rows, filename },
      }),
    );
    return { filename, contentType: CONTENT_TYPES[format], content, rows };
  }
}

/**
 * The plan as partnerships lay it out: grouped by section (a priority or theme, as "1. PREVENT - ..."), sections
 * and actions in natural reference order; actions without a section come last, under "Other actions" when
 * any other action has a section, and with no heading when none has.
 */
export function planLines(rows: readonly PlanRow[], extras: ExportExtras): PlanLine[] {
  const sections = new Map<string | null, PlanRow[]>();
  for (const row of [...rows].sort((a, b) => byReference(a.action.reference, b.action.reference))) {
    const section = row.action.planSection;
    sections.set(section, [...(sections.get(section) ?? []), row]);
  }
  const titles = [...sections.keys()].filter((title): title is string => title !== null).sort(byReference);
  const lines: PlanLine[] = [];
  for (const title of [...titles, null]) {
    const inSection = sections.get(title);
    if (!inSection) continue;
    if (title !== null || titles.length > 0) lines.push({ kind: 'section', title: title ?? OTHER_ACTIONS });
    for (const row of inSection) {
      lines.push({
        kind: 'action',
        cells: planRowCells(row, extras),
        rag: row.rag.rating,
        targetDate: row.action.targetToBeAgreed ? null : row.action.targetDate,
        updatedOn: extras.latestUpdate.get(row.action.id)?.reportedOn ?? null,
      });
    }
  }
  return lines;
}

export function planRowCells({ action, rag }: PlanRow, extras: ExportExtras): string[] {
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

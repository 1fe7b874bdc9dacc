import { PlanImportRow } from './plan-import';
import { aliasKey, ImportAgency, resolveLeadAgency } from './plan-import-agencies';
import { PlanRowProblem } from './plan-import-columns';

/** A row of the sheet resolved to its lead agency. */
export interface LeadRow extends PlanImportRow {
  leadAgencyId: string | null;
  leadOfficerName: string | null;
}

export interface ResolvedLeads<R> {
  rows: (R & LeadRow)[];
  /** Lead-agency names no agency of the partnership answers to, each once, as first written. */
  unknown: string[];
  /** The names of this sheet that a chosen or remembered name gave an agency: name as written → agency id. */
  named: Record<string, string>;
}

/**
 * Each action row's lead agency: the agency a name was chosen for (`names`, by aliasKey: the coordinator's
 * choice on this import, or one remembered from an earlier import), else as resolveLeadAgency reads the cells.
 * A row whose lead cannot be found gets an error naming it.
 */
export function resolveLeads<R extends PlanImportRow>(
  rows: readonly R[],
  agencies: ImportAgency[],
  defaultAgencyId: string | null,
  names: ReadonlyMap<string, string>,
): ResolvedLeads<R> {
  const unknown = new Map<string, string>();
  const named: Record<string, string> = {};
  const namedKeys = new Set<string>();
  const resolved = rows.map((row): R & LeadRow => {
    const resolvedRow: R & LeadRow = { ...row, leadAgencyId: null, leadOfficerName: null };
    if (row.kind !== 'action') return resolvedRow;
    const key = aliasKey(row.leadAgency);
    const chosen = key === '' ? undefined : names.get(key);
    if (chosen && !namedKeys.has(key)) {
      namedKeys.add(key);
      named[row.leadAgency] = chosen;
    }
    const lead = chosen
      ? ({ kind: 'agency', agencyId: chosen, officer: row.leadOfficer || null, warning: null } as const)
      : resolveLeadAgency(row, agencies, defaultAgencyId);
    const problem = (message: string): PlanRowProblem => ({
      field: `rows.${row.rowNumber}.leadAgency`,
      message,
    });
    if (lead.kind === 'error') {
      if (key !== '' && !unknown.has(key)) unknown.set(key, row.leadAgency);
      resolvedRow.errors = [...row.errors, problem(lead.message)];
      return resolvedRow;
    }
    resolvedRow.leadAgencyId = lead.agencyId;
    resolvedRow.leadOfficerName = lead.officer ? lead.officer.slice(0, 200) : null;
    if (lead.warning) resolvedRow.warnings = [...row.warnings, problem(lead.warning)];
    return resolvedRow;
  });
  return {
    rows: resolved,
    unknown: [...unknown.values()].sort((a, b) => a.localeCompare(b)),
    named,
  };
}

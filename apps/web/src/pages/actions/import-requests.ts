/** The import wizard's requests: the file sent again with the choices made, and the api's answers. */
import { api } from '../../api/client';
import { Problem, toProblem } from '../../api/problem';
import { MAPPING_FIELDS, PlanMapping } from './import-preview';

/** What the coordinator chose on the first step, sent again with every request. */
export interface Upload {
  file: File;
  /** "source:<key>" or "review:<id>" */
  source: string;
  sourceName: string;
  defaultLeadAgencyId: string;
  /** The agency chosen for each lead-agency name the partnership does not know. */
  agencyAliases?: Record<string, string>;
}

export const LABELS: Record<string, string> = {
  file: 'Spreadsheet',
  source: 'Where the recommendations come from',
  defaultLeadAgencyId: 'Default lead agency',
  'agency-alias-0': 'Lead agencies not recognised',
  ...Object.fromEntries(MAPPING_FIELDS.map(({ field, label }) => [`mapping-${field}`, label])),
};

/** The api's field names, as this page's inputs: the source select stands for sourceKey and reviewId. */
export function pageProblem(problem: Problem): Problem {
  const field = (name: string) => {
    if (name === 'sourceKey' || name === 'reviewId') return 'source';
    if (name === 'agencyAliases') return 'agency-alias-0';
    const mapping = /^mapping\.(\w+)$/.exec(name);
    if (mapping) return `mapping-${mapping[1]}`;
    const row = /^rows\.(\d+)\./.exec(name);
    return row ? `row-${row[1]}` : name;
  };
  return problem.errors
    ? { ...problem, errors: problem.errors.map((error) => ({ ...error, field: field(error.field) })) }
    : problem;
}

/** The multipart form of a preview or an import: the file again, and the choices made. */
function uploadForm(upload: Upload, mapping: PlanMapping | null) {
  const [kind, value] = upload.source.split(/:(.*)/su);
  const fields: Record<string, string> = {};
  if (kind === 'source' && value) fields['sourceKey'] = value;
  if (kind === 'review' && value) fields['reviewId'] = value;
  if (upload.defaultLeadAgencyId) fields['defaultLeadAgencyId'] = upload.defaultLeadAgencyId;
  if (mapping) fields['mapping'] = JSON.stringify(mapping);
  if (upload.agencyAliases && Object.keys(upload.agencyAliases).length > 0) {
    fields['agencyAliases'] = JSON.stringify(upload.agencyAliases);
  }
  return {
    // the schema types a binary as a string; the browser sends the file itself in a FormData
    body: { file: upload.file as unknown as string, ...fields },
    bodySerializer: () => {
      const data = new FormData();
      for (const [name, text] of Object.entries(fields)) data.append(name, text);
      data.append('file', upload.file, upload.file.name);
      return data;
    },
  };
}

export async function sendPreview(upload: Upload, mapping: PlanMapping | null) {
  const result = await api.POST('/api/v1/action-plan/imports/preview', uploadForm(upload, mapping));
  return result.data ? { data: result.data } : { problem: pageProblem(toProblem(result)) };
}

export async function sendImport(upload: Upload, mapping: PlanMapping | null) {
  const result = await api.POST('/api/v1/action-plan/imports', uploadForm(upload, mapping));
  return result.data ? { data: result.data } : { problem: pageProblem(toProblem(result)) };
}

export async function sendImportJob(upload: Upload, mapping: PlanMapping | null) {
  const result = await api.POST('/api/v1/action-plan/import-jobs', uploadForm(upload, mapping));
  return result.data ? { data: result.data } : { problem: pageProblem(toProblem(result)) };
}

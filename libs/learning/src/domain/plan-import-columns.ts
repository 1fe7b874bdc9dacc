import { normaliseHomoglyphs } from './plan-values';

/** Which column of an action-plan spreadsheet holds what: suggested from the headings people write, adjustable. */

export const IMPORT_COLUMNS = [
  'reference',
  'section',
  'recommendation',
  'planText',
  'leadAgency',
  'leadOfficer',
  'targetDate',
  'milestones',
  'progress',
  'rag',
  'updatedOn',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Which column (1-based, as the spreadsheet counts from A = 1) holds each field; absent: not in the sheet. */
export interface PlanRowProblem {
  /** 'rows.<n>.<column>' */
  field: string;
  message: string;
}

export type ColumnMapping = Partial<Record<ImportColumn, number>>;

export interface PlanSheetRow {
  /** The spreadsheet's own row number (1-based). */
  number: number;
  cells: string[];
}

/** Headings as people write them, lower-cased with punctuation as spaces. */
const HEADINGS: Record<ImportColumn, string[]> = {
  reference: [
    'action ref',
    'ref',
    'reference',
    'action reference',
    'ref no',
    'rec no',
    'action no',
    'no',
    'number',
  ],
  section: ['section', 'plan section', 'theme', 'strand', 'priority', 'objective'],
  recommendation: ['recommendation', 'recommendations', 'what is the over arching recommendation'],
  planText: [
    'how we will do it the plan',
    'how we will do it',
    'the plan',
    'action',
    'actions',
    'action s to taken',
    'action s to be taken',
    'actions to be taken',
    'action to be taken',
    'what we will do',
  ],
  leadAgency: ['lead agency', 'agency', 'lead organisation', 'responsible agency', 'lead agencies'],
  leadOfficer: ['lead officer', 'officer', 'responsible officer', 'lead', 'owner', 'lead person'],
  targetDate: [
    'target date',
    'target',
    'deadline',
    'due date',
    'completion date',
    'by when',
    'target completion date',
  ],
  milestones: ['milestones', 'milestone', 'key milestone', 'key milestones'],
  progress: ['progress made', 'progress', 'progress update', 'update', 'progress to date'],
  rag: ['rag', 'rag status', 'rag rating', 'status'],
  updatedOn: ['date of update', 'update date', 'date updated', 'last updated', 'updated'],
};

function headingKey(text: string): string {
  return normaliseHomoglyphs(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

/** The field a heading names, or null. */
export function columnOfHeading(text: string): ImportColumn | null {
  const key = headingKey(text);
  if (key === '') return null;
  for (const column of IMPORT_COLUMNS) if (HEADINGS[column].includes(key)) return column;
  return null;
}

/** A row is a header row when at least three of its cells are headings of different fields. */
export function headingsOf(row: PlanSheetRow): Map<ImportColumn, number> | null {
  const found = new Map<ImportColumn, number>();
  row.cells.forEach((cell, index) => {
    const column = columnOfHeading(cell);
    if (column && !found.has(column)) found.set(column, index + 1);
  });
  return found.size >= 3 ? found : null;
}

/**
 * The mapping the headers suggest. Every header row counts, not only the first: seed 000's first header has "_"
 * over the reference column, its repeats (one per printed page) say "ACTION REF". A field named by several
 * columns takes the first.
 */
export function suggestMapping(rows: PlanSheetRow[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const row of rows) {
    const headings = headingsOf(row);
    if (!headings) continue;
    for (const [column, number] of headings) {
      if (mapping[column] === undefined && !taken.has(number)) {
        mapping[column] = number;
        taken.add(number);
      }
    }
  }
  return mapping;
}

/** Problems with a mapping a person gave: unknown fields, numbers that are no column, one column twice. */
export function mappingProblems(mapping: Record<string, unknown>): PlanRowProblem[] {
  const problems: PlanRowProblem[] = [];
  const seen = new Map<number, string>();
  for (const [field, value] of Object.entries(mapping)) {
    if (!(IMPORT_COLUMNS as readonly string[]).includes(field)) {
      problems.push({
        field: `mapping.${field}`,
        message: `"${field}" is not a field: use ${IMPORT_COLUMNS.join(', ')}`,
      });
    } else if (value === null) {
      continue;
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 200) {
      problems.push({ field: `mapping.${field}`, message: 'Give the column number, counting column A as 1' });
    } else if (seen.has(value)) {
      problems.push({
        field: `mapping.${field}`,
        message: `Column ${value} is already mapped to ${seen.get(value)}`,
      });
    } else {
      seen.set(value, field);
    }
  }
  if (!('planText' in mapping) && !('recommendation' in mapping)) {
    problems.push({
      field: 'mapping.planText',
      message: 'Map the column with the plan (or recommendation) text',
    });
  }
  return problems;
}

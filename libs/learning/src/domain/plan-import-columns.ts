import { HeadingMatch, headingMatch, IMPORT_COLUMNS, ImportColumn } from './plan-import-headings';
import { parseReference } from './plan-values';

/** Which column of an action-plan spreadsheet holds what: suggested from the headings people write, adjustable. */

export { columnOfHeading, IMPORT_COLUMNS } from './plan-import-headings';
export type { ImportColumn } from './plan-import-headings';

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
  /** Each cell's fill colour as "RRGGBB", null where it has none (XLSX only; absent for CSV). */
  fills?: (string | null)[];
  /**
   * Cells covered by a merge with a cell above (XLSX only): their text is the merged cell's, repeated, so that
   * a lead agency or target merged down over several actions applies to each.
   */
  spanned?: boolean[];
}

interface Found {
  column: ImportColumn;
  number: number;
  strength: HeadingMatch['strength'];
}

/** The fields a row's cells name, each at its surest (then first) cell. */
function found(headings: (HeadingMatch | null)[]): Map<ImportColumn, Found> {
  const fields = new Map<ImportColumn, Found>();
  headings.forEach((match, index) => {
    if (!match) return;
    const before = fields.get(match.column);
    if (!before || match.strength > before.strength)
      fields.set(match.column, { ...match, number: index + 1 });
  });
  return fields;
}

function isHeaderRow(fields: Map<ImportColumn, Found>): boolean {
  const sure = [...fields.values()].filter((field) => field.strength === 2).length;
  return fields.size >= 3 && sure >= 2;
}

/**
 * A row is a header row when its cells name at least three different fields, two of them by a heading people
 * use as it is ("Ref", "Lead agency", "Target date"); words inside longer headings ("Officer Responsible",
 * "Cabinet Response and Update") count towards the three.
 */
export function headingsOf(row: PlanSheetRow): Map<ImportColumn, number> | null {
  const fields = found(row.cells.map(headingMatch));
  if (!isHeaderRow(fields)) return null;
  return new Map([...fields].map(([column, field]) => [column, field.number]));
}

interface HeaderBlock {
  rows: number[];
  fields: Map<ImportColumn, Found>;
}

const NOTE = /^\s*[([].*[)\]]\s*$/su;

/**
 * The header rows of a sheet. A header can take two rows: group headings over the columns they span ("Lead"
 * over "Agency" and "Officer", "Target" over "Date", "Progress" over "Update" and "RAG"), or a row of notes in
 * brackets under the headings (seed 001: "(Accepted/ Rejected/ Deferred)"). The row under a header row belongs
 * to it when every cell it has is a heading alone, a heading with the text above it (a merged group heading's
 * text is in its first column only, so an empty cell above takes the nearest text to its left), or a note.
 */
function headerBlocks(rows: readonly PlanSheetRow[]): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (let index = 0; index < rows.length; index++) {
    const top = rows[index];
    if (!top) continue;
    const fields = found(top.cells.map(headingMatch));
    if (!isHeaderRow(fields)) continue;
    const under = rows[index + 1];
    const combined = under && under.number === top.number + 1 ? underHeadings(top, under) : null;
    if (under && combined) {
      blocks.push({ rows: [top.number, under.number], fields: found(combined) });
      index++;
    } else {
      blocks.push({ rows: [top.number], fields });
    }
  }
  return blocks;
}

/** The headings of a two-row header, column by column; null when the second row is not part of the header. */
function underHeadings(top: PlanSheetRow, under: PlanSheetRow): (HeadingMatch | null)[] | null {
  const width = Math.max(top.cells.length, under.cells.length);
  const headings: (HeadingMatch | null)[] = [];
  let cells = 0;
  let grouped = 0;
  let above = '';
  for (let index = 0; index < width; index++) {
    const upper = (top.cells[index] ?? '').trim();
    const lower = (under.cells[index] ?? '').trim();
    if (upper !== '') above = upper;
    const group = upper !== '' ? upper : above;
    if (lower === '' || under.spanned?.[index] || NOTE.test(lower)) {
      headings.push(headingMatch(upper));
      if (lower !== '' && !under.spanned?.[index]) grouped++;
      continue;
    }
    cells++;
    // together only as a heading people write whole ("Lead agency"), not a word of the group's ("Ref Prevent")
    const joined = group !== '' ? headingMatch(`${group} ${lower}`) : null;
    const together = joined?.strength === 2 ? joined : null;
    const alone = headingMatch(lower);
    if (!together && !alone) return null;
    if (together) grouped++;
    headings.push(together ?? alone);
  }
  return cells >= 2 || grouped >= 1 ? headings : null;
}

/** The numbers of the header rows (each row of a two-row header), for the rows' classification. */
export function headerRows(rows: readonly PlanSheetRow[]): Set<number> {
  return new Set(headerBlocks(rows).flatMap((block) => block.rows));
}

/**
 * The mapping the headers suggest. Every header row counts, not only the first: seed 000's first header has "_"
 * over the reference column, its repeats (one per printed page) say "ACTION REF". A field named by several
 * columns takes the surest heading, then the first. A "reference" column that holds long text under most of
 * its rows ("Rec" over the recommendations' text) is taken for the recommendation (or plan text) instead.
 */
export function suggestMapping(rows: PlanSheetRow[]): ColumnMapping {
  const blocks = headerBlocks(rows);
  const candidates = blocks
    .flatMap((block, order) => [...block.fields.values()].map((field) => ({ ...field, order })))
    .sort((a, b) => b.strength - a.strength || a.order - b.order || a.number - b.number);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const { column, number } of candidates) {
    if (mapping[column] === undefined && !taken.has(number)) {
      mapping[column] = number;
      taken.add(number);
    }
  }
  const reference = mapping.reference;
  if (reference !== undefined && holdsText(rows, blocks, reference)) {
    delete mapping.reference;
    const instead = mapping.recommendation === undefined ? 'recommendation' : 'planText';
    if (mapping[instead] === undefined) mapping[instead] = reference;
  }
  return mapping;
}

function holdsText(rows: readonly PlanSheetRow[], blocks: HeaderBlock[], column: number): boolean {
  const first = blocks[0]?.rows[0] ?? 0;
  const header = new Set(blocks.flatMap((block) => block.rows));
  const cells = rows
    .filter((row) => row.number > first && !header.has(row.number))
    .map((row) => (row.cells[column - 1] ?? '').trim())
    .filter((cell) => cell !== '');
  const prose = cells.filter((cell) => cell.length > 40 && parseReference(cell).ref === null);
  return cells.length > 0 && prose.length / cells.length > 0.6;
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

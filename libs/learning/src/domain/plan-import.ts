import { normaliseHomoglyphs, parsePlanDate, parseRag, parseReference, PlanDate } from './plan-values';
import { RagRating } from './rag';
import { ColumnMapping, headingsOf, ImportColumn, PlanRowProblem, PlanSheetRow } from './plan-import-columns';

/**
 * Pure reading of an action plan kept in a spreadsheet (seed 000: a partnership's plan; seed 003 Appendix B: an
 * overview report's plan): which column holds what, what each row is, and what is wrong with it. Nothing here
 * touches the database; the import service resolves the rows to records.
 */

export type PlanRowKind = 'action' | 'continuation' | 'section' | 'header' | 'footer' | 'blank';

export interface PlanImportRow {
  rowNumber: number;
  kind: PlanRowKind;
  reference: string | null;
  sourceKeys: string[];
  section: string | null;
  recommendation: string;
  planText: string;
  leadAgency: string;
  leadOfficer: string;
  targetText: string;
  target: PlanDate;
  milestones: string[];
  progress: string;
  rag: RagRating | null;
  updatedOn: string | null;
  /** For continuation rows: the row of the action they were merged into. */
  continues: number | null;
  errors: PlanRowProblem[];
  warnings: PlanRowProblem[];
}

const FOOTER = /^page\s+\d+\s+of\s+\d+\b/iu;
/** "1. PREVENT - We will make it more difficult..." once the cells a PDF split it into are joined again. */
const SECTION_HEADING = /^(\d+)\.\s*([A-Z][A-Z ,&]*[A-Z])\s*[-–:]\s*(.*)$/u;
/** "49:   SYP; All MARAC minutes ..." — seed 003's recommendations carry their number. */
const NUMBERED_TEXT = /^\s*(\d{1,3}(?:\.\d{1,3})*)\s*[:.)]\s+/u;
const NEW_MARKER = /^new$/iu;

function clean(text: string | undefined): string {
  return (text ?? '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/gu, '\n')
    .trim();
}

function titleCase(words: string): string {
  return words
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/(^|[\s,&])([a-z])/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * What every row of the sheet is, with its fields read and its problems named. Rows above the first header row
 * (seed 000's key of source letters, a title) are 'header'; header repeats and "Page n of m" footers are
 * skipped; a section heading row sets the plan section of the actions under it; a row with no reference, lead,
 * target, RAG or date but more text continues the action above and is merged into it.
 */
export function readPlanRows(rows: PlanSheetRow[], mapping: ColumnMapping): PlanImportRow[] {
  const firstHeader = rows.find((row) => headingsOf(row) !== null)?.number ?? 0;
  const cell = (row: PlanSheetRow, column: ImportColumn) => {
    const number = mapping[column];
    return number === undefined ? '' : clean(row.cells[number - 1]);
  };
  const read: PlanImportRow[] = [];
  let section: string | null = null;
  let previous: PlanImportRow | null = null;
  const references = new Map<string, number>();

  for (const row of rows) {
    const base = emptyRow(row.number, section);
    const texts = row.cells.map((text) => clean(text));
    const filled = texts.filter((text) => text !== '');
    if (filled.length === 0) {
      read.push({ ...base, kind: 'blank' });
      continue;
    }
    if (row.number < firstHeader || headingsOf(row) !== null) {
      read.push({ ...base, kind: 'header' });
      continue;
    }
    const joined = normaliseHomoglyphs(filled.join(''));
    if (FOOTER.test(filled.join(' '))) {
      read.push({ ...base, kind: 'footer' });
      continue;
    }
    const heading = sectionOf(row, texts, mapping, joined);
    if (heading) {
      section = heading;
      read.push({ ...base, kind: 'section', section: heading });
      continue;
    }

    const referenceCell = cell(row, 'reference');
    const parsedReference = parseReference(referenceCell);
    let recommendation = cell(row, 'recommendation');
    let reference = parsedReference.ref;
    const numbered = NUMBERED_TEXT.exec(recommendation);
    if (numbered && reference === null) {
      reference = numbered[1] ?? null;
      recommendation = recommendation.slice(numbered[0].length).trim();
    }
    const fields: PlanImportRow = {
      ...base,
      kind: 'action',
      reference,
      sourceKeys: parsedReference.sourceKeys,
      section: cell(row, 'section') || section,
      recommendation,
      planText: cell(row, 'planText'),
      leadAgency: cell(row, 'leadAgency'),
      leadOfficer: cell(row, 'leadOfficer'),
      targetText: cell(row, 'targetDate'),
      target: parsePlanDate(cell(row, 'targetDate')),
      milestones: splitLines(cell(row, 'milestones')),
      progress: cell(row, 'progress'),
    };
    const ragText = cell(row, 'rag');
    const updatedText = cell(row, 'updatedOn');

    const isContinuation =
      reference === null &&
      parsedReference.sourceKeys.length === 0 &&
      fields.leadAgency === '' &&
      fields.leadOfficer === '' &&
      fields.targetText === '' &&
      ragText === '' &&
      updatedText === '';
    if (isContinuation && previous) {
      mergeInto(previous, fields);
      read.push({ ...fields, kind: 'continuation', continues: previous.rowNumber });
      continue;
    }

    const field = (column: ImportColumn) => `rows.${row.number}.${column}`;
    if (isContinuation) {
      fields.warnings.push({
        field: field('planText'),
        message: 'This row has no reference, lead or target: it is taken as an action of its own',
      });
    }
    if (referenceCell !== '' && parsedReference.ref === null && parsedReference.sourceKeys.length === 0) {
      fields.warnings.push({
        field: field('reference'),
        message: `"${referenceCell}" is not a reference: the action is matched by its text and lead agency`,
      });
    }
    if (reference !== null) {
      const earlier = references.get(reference);
      if (earlier !== undefined) {
        fields.errors.push({
          field: field('reference'),
          message: `Reference ${reference} is also on row ${earlier}: give each action its own reference`,
        });
      } else {
        references.set(reference, row.number);
      }
    }
    if (fields.planText === '' && fields.recommendation === '' && fields.milestones.length === 0) {
      fields.errors.push({
        field: field('planText'),
        message: 'The row has no plan text: say what will be done',
      });
    } else if (fields.planText === '' && fields.recommendation === '' && mapping.planText !== undefined) {
      fields.warnings.push({
        field: field('planText'),
        message: 'The plan text is empty: the milestones are taken as the description',
      });
    }
    if (fields.target.kind === 'invalid' && fields.targetText.split(/\s+/u).length >= 4) {
      // prose ("Managers by April 2014 and for all staff by July 2014"): kept as a milestone for a person to date
      fields.warnings.push({
        field: field('targetDate'),
        message: `The target "${fields.targetText}" is prose, not one date: recorded as to be agreed, the text kept as a milestone`,
      });
      fields.milestones = [...fields.milestones, `Target as written: ${fields.targetText}`];
      fields.target = { kind: 'to_be_agreed' };
    } else if (fields.target.kind === 'invalid') {
      fields.errors.push({ field: field('targetDate'), message: fields.target.problem });
    } else if (fields.target.kind === 'empty') {
      fields.warnings.push({
        field: field('targetDate'),
        message: 'No target date: recorded as to be agreed',
      });
    } else if (fields.target.kind !== 'date' && fields.target.kind !== 'to_be_agreed') {
      fields.warnings.push({
        field: field('targetDate'),
        message: `The target "${fields.targetText}" is not a date: recorded as to be agreed`,
      });
    }
    const rag = parseRag(ragText);
    if (rag === 'invalid') {
      fields.errors.push({
        field: field('rag'),
        message: `"${ragText}" is not a RAG rating: write R, A, G or LG (or Red, Amber, Green, Light green)`,
      });
    } else {
      fields.rag = rag;
    }
    const updated = parsePlanDate(updatedText);
    if (updated.kind === 'date') {
      fields.updatedOn = updated.date;
    } else if (updated.kind === 'completed') {
      fields.warnings.push({
        field: field('updatedOn'),
        message:
          'Marked completed in the sheet: completion needs sign-off here, so the action is imported open',
      });
    } else if (updated.kind !== 'empty' && !NEW_MARKER.test(updatedText)) {
      fields.errors.push({
        field: field('updatedOn'),
        message:
          updated.kind === 'invalid'
            ? updated.problem.replace('target date', 'date of update')
            : `"${updatedText}" is not a date of update`,
      });
    }
    if (fields.progress !== '' && fields.rag !== null && fields.updatedOn === null) {
      fields.warnings.push({
        field: field('updatedOn'),
        message: 'Progress and RAG have no date of update: they are not recorded as a progress update',
      });
    }
    read.push(fields);
    previous = fields;
  }
  return read;
}

function emptyRow(rowNumber: number, section: string | null): PlanImportRow {
  return {
    rowNumber,
    kind: 'blank',
    reference: null,
    sourceKeys: [],
    section,
    recommendation: '',
    planText: '',
    leadAgency: '',
    leadOfficer: '',
    targetText: '',
    target: { kind: 'empty' },
    milestones: [],
    progress: '',
    rag: null,
    updatedOn: null,
    continues: null,
    errors: [],
    warnings: [],
  };
}

function sectionOf(
  row: PlanSheetRow,
  texts: string[],
  mapping: ColumnMapping,
  joined: string,
): string | null {
  const numbered = SECTION_HEADING.exec(joined);
  if (numbered && parseReference(texts[(mapping.reference ?? 0) - 1] ?? '').ref === null) {
    return titleCase(numbered[2] ?? '');
  }
  const filled = texts.map((text, index) => ({ text, column: index + 1 })).filter((cell) => cell.text !== '');
  const only = filled[0];
  if (filled.length !== 1 || !only) return null;
  const textColumns = [mapping.section, mapping.reference, mapping.recommendation, mapping.planText, 1];
  if (!textColumns.includes(only.column)) return null;
  if (only.column === mapping.section) return only.text;
  // seed 003's agency headings: one short line alone, not a sentence ("THE ROTHERHAM NHS FOUNDATION TRUST",
  // "Headway", "The DHR Panel recommends that the Safer Rotherham Partnership:"); a longer text or a sentence
  // alone continues the action above
  const text = normaliseHomoglyphs(only.text);
  if (
    text.length <= 100 &&
    !text.includes('\n') &&
    /^[A-Z]/u.test(text) &&
    !/[.;,]$/u.test(text) &&
    !/^(?:COMPLETED?|TBA|TBC|ONGOING)$/iu.test(text)
  ) {
    return only.text.replace(/\s+/gu, ' ');
  }
  return null;
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function mergeInto(action: PlanImportRow, more: PlanImportRow): void {
  const join = (a: string, b: string) => (a === '' ? b : b === '' ? a : `${a}\n${b}`);
  action.recommendation = join(action.recommendation, more.recommendation);
  action.planText = join(action.planText, more.planText);
  action.progress = join(action.progress, more.progress);
  action.milestones = [...action.milestones, ...more.milestones];
}

/** The milestones of a row; when the target cell lists one date per milestone, each gets its date. */
export function milestonesOf(
  row: PlanImportRow,
): { description: string; dueOn: string | null; done: boolean }[] {
  const dates = row.targetText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(parsePlanDate);
  const paired = dates.length > 1 && dates.length === row.milestones.length;
  return row.milestones.map((description, index) => {
    const date = paired ? dates[index] : undefined;
    return {
      description,
      dueOn: date?.kind === 'date' ? date.date : null,
      done: date?.kind === 'completed',
    };
  });
}

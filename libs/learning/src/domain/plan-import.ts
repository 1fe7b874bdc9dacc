import { RagRating } from './rag';
import {
  checkDecision,
  checkRag,
  checkScope,
  checkTarget,
  checkUpdated,
  sheetUpdatedOn,
} from './plan-import-checks';
import { RecommendationScope } from './recommendation';
import { ColumnMapping, headerRows, ImportColumn, PlanRowProblem, PlanSheetRow } from './plan-import-columns';
import { splitList } from './plan-import-lists';
import { familyOf, ragGreens, readRag } from './plan-import-rag';
import { sectionOf } from './plan-import-sections';
import { normaliseHomoglyphs, parsePlanDate, parseReference, PlanDate } from './plan-values';

/**
 * Pure reading of an action plan kept in a spreadsheet (seed 000: a partnership's plan; seed 003 Appendix B: an
 * overview report's plan; and the layouts of other partnerships: two-row headers, priority sections, status
 * words, fill colours, seed 001's scrutiny review): which column holds what, what each row is, and what is wrong
 * with it. Nothing here touches the database; the import service resolves the rows to records.
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
  /** A cabinet's or board's decision on the recommendation, when the sheet has a column for it (seed 001). */
  decision?: string;
  /** The recommendation's scope, when the sheet has a column for it (the Home Office template). */
  scope?: RecommendationScope;
  /** Who a national recommendation goes to ("National: Home Office"). */
  nationalRecipient?: string | null;
  /**
   * For an action whose recommendation cell is empty (or merged down from above) under an action that has one:
   * the row of the first action answering that recommendation. Its text is copied into `recommendation`.
   */
  sharesRecommendationOf?: number;
  /** For continuation rows: the row of the action they were merged into. */
  continues: number | null;
  errors: PlanRowProblem[];
  warnings: PlanRowProblem[];
}

const FOOTER = /^page\s+\d+\s+of\s+\d+\b/iu;
/** "Key:", "RAG key", "Legend" — the key to a plan's colours, and the rows of it that follow ("Red | Off track"). */
const KEY = /^(?:rag\s+)?(?:key|legend)(?:\s+to\s+(?:rag|colours?|ratings?))?\s*[:\-–]?$/iu;
/** "49:   SYP; All MARAC minutes ..." — seed 003's recommendations carry their number. */
const NUMBERED_TEXT = /^\s*(\d{1,3}(?:\.\d{1,3})*)\s*[:.)]\s+/u;
/** "1 In order to facilitate longer term planning ..." — seed 001's, with only a space after the number. */
const NUMBERED_SENTENCE = /^\s*(\d{1,3})\s+(?=[A-Z])/u;

function clean(text: string | undefined): string {
  return (text ?? '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/gu, '\n')
    .trim();
}

/**
 * What every row of the sheet is, with its fields read and its problems named. Rows above the first header row
 * (seed 000's key of source letters, a title) are 'header'; header rows (one or two rows each), "Page n of m"
 * footers and a key to the colours below the plan ("Key:", then rows "Red | Off track") are skipped; a section
 * heading row sets the plan section of the actions under it; a row with no reference, lead, target, RAG, date
 * or decision but more text continues the action above and is merged into it. Cells an XLSX merge copies down
 * from above count as the row's lead, target or rating (a lead merged down over three rows leads three
 * actions), but never as its reference, nor as text to merge.
 */
export function readPlanRows(rows: PlanSheetRow[], mapping: ColumnMapping): PlanImportRow[] {
  const headers = headerRows(rows);
  const firstHeader = rows.find((row) => headers.has(row.number))?.number ?? 0;
  const sheetUpdated = sheetUpdatedOn(
    rows.filter((row) => row.number < firstHeader).flatMap((row) => row.cells.map((text) => clean(text))),
  );
  const greens = ragGreens(
    rows
      .filter((row) => row.number > firstHeader && !headers.has(row.number) && ragColoured(row, mapping.rag))
      .map((row) => fillOf(row, mapping.rag)),
  );
  const read: PlanImportRow[] = [];
  let section: string | null = null;
  let previous: PlanImportRow | null = null;
  let inKey = false;
  const references = new Map<string, number>();

  for (const row of rows) {
    const base = emptyRow(row.number, section);
    const texts = row.cells.map((text) => clean(text));
    const filled = texts.filter((text) => text !== '');
    if (filled.length === 0) {
      read.push({ ...base, kind: 'blank' });
      inKey = false;
      continue;
    }
    if (row.number < firstHeader || headers.has(row.number)) {
      read.push({ ...base, kind: 'header' });
      continue;
    }
    const own = texts.map((text, index) => (row.spanned?.[index] ? '' : text));
    const joined = normaliseHomoglyphs(own.filter((text) => text !== '').join(''));
    const first = normaliseHomoglyphs(filled[0] ?? '');
    inKey =
      KEY.test(first) ||
      (inKey && filled.length <= 3 && readRag(first, null, { darkest: null }).error === null);
    if (FOOTER.test(filled.join(' ')) || inKey) {
      read.push({ ...base, kind: 'footer' });
      continue;
    }
    // a row with cells merged down from the action above, or a RAG colour of its own, is no heading
    const copied = texts.some((text, index) => row.spanned?.[index] && text !== '');
    const rated = ragColoured(row, mapping.rag);
    const heading = joined === '' || copied || rated ? null : sectionOf(own, mapping, joined);
    if (heading) {
      section = heading;
      read.push({ ...base, kind: 'section', section: heading });
      continue;
    }

    const cell = (column: ImportColumn) => valueOf(texts, mapping[column]);
    const ownCell = (column: ImportColumn) => valueOf(own, mapping[column]);
    const referenceCell = ownCell('reference');
    const parsedReference = parseReference(referenceCell);
    let recommendation = cell('recommendation');
    let reference = parsedReference.ref;
    const numbered = NUMBERED_TEXT.exec(recommendation) ?? NUMBERED_SENTENCE.exec(recommendation);
    if (numbered && reference === null) {
      // a number copied down from a merged cell above is the recommendation's, not this action's
      if (ownCell('recommendation') !== '') reference = numbered[1] ?? null;
      recommendation = recommendation.slice(numbered[0].length).trim();
    }
    const fields: PlanImportRow = {
      ...base,
      kind: 'action',
      reference,
      sourceKeys: parsedReference.sourceKeys,
      section: cell('section') || section,
      recommendation,
      planText: cell('planText'),
      leadAgency: cell('leadAgency'),
      leadOfficer: cell('leadOfficer'),
      targetText: cell('targetDate'),
      target: parsePlanDate(cell('targetDate')),
      milestones: splitList(cell('milestones')),
      progress: cell('progress'),
      ...(mapping.decision !== undefined && { decision: cell('decision') }),
    };
    const scopeText = cell('scope');
    const ragText = cell('rag');
    const ragFill = ragText === '' ? fillOf(row, mapping.rag) : null;
    const updatedText = cell('updatedOn');

    const isContinuation =
      reference === null &&
      parsedReference.sourceKeys.length === 0 &&
      (['leadAgency', 'leadOfficer', 'targetDate', 'rag', 'updatedOn', 'decision', 'scope'] as const).every(
        (column) => cell(column) === '',
      ) &&
      !ragColoured(row, mapping.rag);
    if (isContinuation && previous) {
      const more: PlanImportRow = {
        ...fields,
        recommendation: ownCell('recommendation') === '' ? '' : recommendation,
        planText: ownCell('planText'),
        progress: ownCell('progress'),
        milestones: splitList(ownCell('milestones')),
      };
      mergeInto(previous, more);
      read.push({ ...more, kind: 'continuation', continues: previous.rowNumber });
      continue;
    }

    // a further action under a recommendation written once (a merged cell, or left empty under the first action)
    if (
      previous &&
      mapping.recommendation !== undefined &&
      ownCell('recommendation') === '' &&
      referenceCell === '' &&
      fields.planText !== '' &&
      previous.recommendation !== '' &&
      previous.section === fields.section &&
      (fields.recommendation === '' || fields.recommendation === previous.recommendation)
    ) {
      fields.recommendation = previous.recommendation;
      fields.sharesRecommendationOf = previous.sharesRecommendationOf ?? previous.rowNumber;
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
    checkTarget(fields, field);
    checkRag(fields, ragText, ragFill, greens, field);
    checkUpdated(fields, updatedText, sheetUpdated, field);
    checkDecision(fields, field);
    if (mapping.scope !== undefined) checkScope(fields, scopeText, field);
    read.push(fields);
    previous = fields;
  }
  return read;
}

function valueOf(texts: string[], number: number | undefined): string {
  return number === undefined ? '' : (texts[number - 1] ?? '');
}

function fillOf(row: PlanSheetRow, number: number | undefined): string | null {
  return number === undefined ? null : (row.fills?.[number - 1] ?? null);
}

/** Whether the row's RAG cell is red, amber or green, and not merely part of a banner coloured across the row. */
function ragColoured(row: PlanSheetRow, rag: number | undefined): boolean {
  const fill = fillOf(row, rag);
  const family = fill ? familyOf(fill)?.family : undefined;
  if (!family || family === 'other') return false;
  const banner = row.fills?.filter((other) => other === fill).length ?? 0;
  return banner < Math.max(2, Math.ceil(row.cells.length / 2));
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
  const dates = splitList(row.targetText).map(parsePlanDate);
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

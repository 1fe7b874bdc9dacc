import { createHash } from 'node:crypto';

import { normaliseHomoglyphs, parsePlanDate, parseRag, parseReference, PlanDate } from './plan-values';
import { RagRating } from './rag';

/**
 * Pure reading of an action plan kept in a spreadsheet (seed 000: a partnership's plan; seed 003 Appendix B: an
 * overview report's plan): which column holds what, what each row is, and what is wrong with it. Nothing here
 * touches the database; the import service resolves the rows to records.
 */

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
export type ColumnMapping = Partial<Record<ImportColumn, number>>;

export interface PlanSheetRow {
  /** The spreadsheet's own row number (1-based). */
  number: number;
  cells: string[];
}

export type PlanRowKind = 'action' | 'continuation' | 'section' | 'header' | 'footer' | 'blank';

export interface PlanRowProblem {
  /** 'rows.<n>.<column>' */
  field: string;
  message: string;
}

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
function headingsOf(row: PlanSheetRow): Map<ImportColumn, number> | null {
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

// ---------------------------------------------------------------------------------------------------------
// Lead agencies

export interface ImportAgency {
  id: string;
  name: string;
  shortName: string | null;
}

export type LeadResolution =
  | { kind: 'agency'; agencyId: string; officer: string | null; warning: string | null }
  | { kind: 'error'; message: string };

function agencyKey(text: string): string {
  return normaliseHomoglyphs(text).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The partnership agency whose name or short name the text begins with (whole words), longest name first. */
export function agencyAtStart(
  text: string,
  agencies: ImportAgency[],
): { agency: ImportAgency; rest: string } | null {
  const key = agencyKey(text);
  const names = agencies
    .flatMap((agency) =>
      [agency.name, agency.shortName]
        .filter((name): name is string => !!name)
        .map((name) => ({ agency, name: agencyKey(name) })),
    )
    .sort((a, b) => b.name.length - a.name.length);
  for (const { agency, name } of names) {
    if (key === name || (key.startsWith(name) && /^[\s,;/&(-]/u.test(key.slice(name.length)))) {
      const rest = text
        .replace(/\s+/gu, ' ')
        .trim()
        .slice(name.length)
        .replace(/^[\s,;/&(-]+|[\s,;/&)]+$/gu, '')
        .trim();
      return { agency, rest };
    }
  }
  return null;
}

/**
 * The lead agency of an action. The lead-agency cell names it first ("SYP", "SRP / DAPG": SRP leads; "TRFT,
 * Assistant Chief Nurse": TRFT, and the rest is the lead officer), or mentions it as a word ("Cherryl Henry-Leach
 * SRP Domestic Abuse Coordinator": SRP, the cell the lead officer). Else the section heading names it (seed 003's
 * agency headings), and the cell is taken as the lead officer ("Matron for A&E"). Else, for an empty cell, the
 * default agency the coordinator chose. Otherwise an error naming the agency: every action needs a lead
 * agency of the partnership.
 */
export function resolveLeadAgency(
  row: Pick<PlanImportRow, 'leadAgency' | 'leadOfficer' | 'section'>,
  agencies: ImportAgency[],
  defaultAgencyId: string | null,
): LeadResolution {
  const cell = row.leadAgency;
  const officer = row.leadOfficer === '' ? null : row.leadOfficer;
  if (cell !== '') {
    const named = agencyAtStart(cell, agencies);
    if (named) {
      const others = named.rest !== '' && officer === null && !/^(?:and|&)?\s*[A-Z]{2,}\b/u.test(named.rest);
      return {
        kind: 'agency',
        agencyId: named.agency.id,
        officer: officer ?? (others ? named.rest : null),
        warning:
          named.rest !== '' && !others
            ? `Several agencies are named: ${named.agency.shortName ?? named.agency.name} is taken as the lead`
            : null,
      };
    }
  }
  if (cell !== '') {
    const mentioned = agencyMentioned(cell, agencies);
    if (mentioned) return { kind: 'agency', agencyId: mentioned.id, officer: officer ?? cell, warning: null };
  }
  const sectionAgency = row.section
    ? (agencyAtStart(row.section.replace(/^the\s+/iu, ''), agencies) ?? agencyAtStart(row.section, agencies))
    : null;
  if (sectionAgency) {
    return {
      kind: 'agency',
      agencyId: sectionAgency.agency.id,
      officer: officer ?? (cell === '' ? null : cell),
      warning: null,
    };
  }
  if (cell === '') {
    if (defaultAgencyId) {
      return {
        kind: 'agency',
        agencyId: defaultAgencyId,
        officer,
        warning: 'No lead agency: the default lead agency is used',
      };
    }
    return {
      kind: 'error',
      message: 'No lead agency: name one, or choose a default lead agency for the import',
    };
  }
  const first = cell.split(/\s*(?:,|\/|;|&|\band\b)\s*/u)[0] ?? cell;
  return {
    kind: 'error',
    message: `"${first}" is not an agency of this partnership: add it, or correct the name`,
  };
}

/** The first agency a text names as a whole word ("Cherryl Henry-Leach SRP Domestic Abuse Coordinator": SRP). */
function agencyMentioned(text: string, agencies: ImportAgency[]): ImportAgency | null {
  const key = ` ${agencyKey(text).replace(/[^a-z0-9&]+/gu, ' ')} `;
  let best: { agency: ImportAgency; at: number } | null = null;
  for (const agency of agencies) {
    for (const name of [agency.name, agency.shortName]) {
      if (!name) continue;
      const at = key.indexOf(` ${agencyKey(name).replace(/[^a-z0-9&]+/gu, ' ')} `);
      if (at >= 0 && (!best || at < best.at)) best = { agency, at };
    }
  }
  return best?.agency ?? null;
}

/** The identity of an action without a reference: its plan text and lead agency, case and spacing ignored. */
export function actionFingerprint(description: string, leadAgencyId: string): string {
  const text = normaliseHomoglyphs(description).toLowerCase().replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(`${text}\u0000${leadAgencyId}`).digest('hex');
}

/** The reference given to an action the sheet has none for: stable, so a re-import finds the same action. */
export function fingerprintReference(fingerprint: string): string {
  return `#${fingerprint.slice(0, 8)}`;
}

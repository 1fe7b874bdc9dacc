import { normaliseHomoglyphs } from './plan-import-text';

/** The words people head the columns of an action plan with, and the field each names. */

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
  /** A cabinet's or board's decision on a recommendation (seed 001: Accept / Reject / Defer). */
  'decision',
  /** Local, regional or national: the Home Office template's "Scope of recommendation". */
  'scope',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Headings as people write them, lower-cased with punctuation as spaces: a sure match. */
const HEADINGS: Record<ImportColumn, string[]> = {
  reference: [
    'action ref',
    'ref',
    'reference',
    'action reference',
    'ref no',
    'rec no',
    'rec',
    'recommendation no',
    'recommendation number',
    'recommendation ref',
    'action no',
    'action number',
    'no',
    'number',
    'item',
    'item no',
    'id',
  ],
  section: [
    'section',
    'plan section',
    'theme',
    'strand',
    'priority',
    'objective',
    'priority area',
    'workstream',
  ],
  recommendation: ['recommendation', 'recommendations', 'what is the over arching recommendation'],
  planText: [
    'how we will do it the plan',
    'how we will do it',
    'the plan',
    'action',
    'actions',
    'action s',
    'action s to taken',
    'action s to be taken',
    'actions to be taken',
    'action to be taken',
    'action to take',
    'actions to take',
    'actions required',
    'action required',
    'action s required',
    'agreed action',
    'agreed actions',
    'proposed action',
    'proposed actions',
    'what we will do',
    'response',
  ],
  leadAgency: [
    'lead agency',
    'agency',
    'lead organisation',
    'organisation',
    'lead organization',
    'organization',
    'responsible agency',
    'responsible organisation',
    'lead agencies',
    'lead partner',
    'partner agency',
  ],
  leadOfficer: [
    'lead officer',
    'officer',
    'responsible officer',
    'officer responsible',
    'lead',
    'owner',
    'action owner',
    'lead person',
    'responsible person',
    'responsible',
    'named lead',
  ],
  targetDate: [
    'target date',
    'target',
    'deadline',
    'due date',
    'due',
    'completion date',
    'date for completion',
    'by when',
    'when',
    'timescale',
    'timescales',
    'action by',
    'action by date',
    'target completion date',
  ],
  milestones: ['milestones', 'milestone', 'key milestone', 'key milestones'],
  progress: [
    'progress made',
    'progress',
    'progress update',
    'update',
    'updates',
    'progress to date',
    'evidence of progress',
    'comments',
    'commentary',
  ],
  rag: ['rag', 'rag status', 'rag rating', 'status', 'brag', 'brag rating', 'brag status', 'rating'],
  updatedOn: [
    'date of update',
    'update date',
    'date updated',
    'last updated',
    'updated',
    'date last updated',
  ],
  decision: ['decision', 'cabinet decision', 'board decision', 'panel decision', 'agreed by cabinet'],
  scope: [
    'scope',
    'scope of recommendation',
    'scope of recommendation i e local or regional',
    'scope of recommendation i e local regional or national',
    'local or regional',
    'local regional or national',
    'local regional national',
  ],
};

/**
 * Words that name a field inside a longer heading ("Cabinet Response and Update (5th November 2014)", "Officer
 * Responsible", "Evidence"): a weaker match, taken only where no sure heading names the field. In order: the
 * first that matches wins, so "Date of update" is the update's date, not progress, and "Action owner" a person.
 * Decision: "Outcome" and "Evidence" are progress (what has been achieved), weaker than a "Progress" column;
 * "Desired outcome" is an intention, not a report, and is no field.
 */
const KEYWORDS: [RegExp, ImportColumn | null][] = [
  [/\b(?:desired|intended|expected|target) outcomes?\b|\bsuccess (?:measures?|criteria)\b/u, null],
  [
    /\bdate (?:of )?(?:last )?(?:update|review)|\blast updated?\b|\bupdated\b|\b(?:update|progress|review) date\b|\bdate reviewed\b/u,
    'updatedOn',
  ],
  [/\bb?rag\b|\brating\b/u, 'rag'],
  [/\bscope\b/u, 'scope'],
  [/\bmilestones?\b/u, 'milestones'],
  [
    /\bprogress\b|\bupdates?\b|\bcommentary\b|\bcomments?\b|\bevidence\b|\boutcomes?\b|\bimpact\b/u,
    'progress',
  ],
  [/\bstatus\b/u, 'rag'],
  [/\bdecision\b/u, 'decision'],
  [
    /\btarget\b|\bdeadline\b|\btimescales?\b|\bdue\b|\bwhen\b|\baction by\b|\bcompletion\b|\bcomplete by\b/u,
    'targetDate',
  ],
  [/\b(?:ref|reference|no|number|id)\b/u, 'reference'],
  [
    /\bagency\b|\bagencies\b|\borganis[a-z]*\b|\borganiz[a-z]*\b|\bpartner\b|\bservice\b|\bdepartment\b/u,
    'leadAgency',
  ],
  [/\bofficer\b|\bowner\b|\bperson\b|\bresponsible\b|\bcontact\b|\blead\b|\bmanager\b/u, 'leadOfficer'],
  [/\brecommendations?\b/u, 'recommendation'],
  [/\bactions?\b|\bplan\b|\btasks?\b|\bactivit(?:y|ies)\b|\bresponse\b|\bsteps\b/u, 'planText'],
  [/\btheme\b|\bpriority\b|\bstrand\b|\bobjective\b|\bworkstream\b/u, 'section'],
  [/^date$/u, 'targetDate'], // a plan's one "Date" column is its target more often than not
];

export interface HeadingMatch {
  column: ImportColumn;
  /** 2: a heading people use as it is; 1: a word inside a longer heading. */
  strength: 1 | 2;
}

function headingKey(text: string): string {
  return normaliseHomoglyphs(text)
    .toLowerCase()
    .replace(/<[^>]*>/gu, ' ') // "Action by <i>(Date)</i>", as seed 001's text has it
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

/**
 * The field a heading names, and how surely. The heading is tried as written, then without its bracketed words
 * ("Action by (Date)", "Cabinet Decision (Accepted/ Rejected/ Deferred)"), then by its words when it is short
 * (six words at most, no digits outside brackets): longer text is a cell of the plan, not a heading.
 */
export function headingMatch(text: string): HeadingMatch | null {
  const unbracketed = text.replace(/\([^)]*\)|\[[^\]]*\]/gu, ' ');
  for (const key of [headingKey(text), headingKey(unbracketed)]) {
    if (key === '') continue;
    for (const column of IMPORT_COLUMNS) if (HEADINGS[column].includes(key)) return { column, strength: 2 };
  }
  const key = headingKey(unbracketed);
  if (key === '' || key.split(' ').length > 6 || /\d/u.test(key)) return null;
  for (const [pattern, column] of KEYWORDS) {
    if (pattern.test(key)) return column ? { column, strength: 1 } : null;
  }
  return null;
}

/** The field a heading names, or null. */
export function columnOfHeading(text: string): ImportColumn | null {
  return headingMatch(text)?.column ?? null;
}

/** The columns of a chronology spreadsheet, and the headings agencies give them. */
export type ChronologyColumn =
  | 'date'
  | 'time'
  | 'sourceReference'
  | 'subjects'
  | 'event'
  | 'actionOutcome'
  | 'analysis';

/** The template's headings, in its order. */
export const CHRONOLOGY_HEADINGS: Record<ChronologyColumn, string> = {
  date: 'Date',
  time: 'Time',
  sourceReference: 'Source record',
  subjects: 'Subjects',
  event: 'Event',
  actionOutcome: 'Action / outcome',
  analysis: 'Analysis',
};

/**
 * Headings as agencies write them, after `headingKey` (lower case, "&" as "and", no brackets, no punctuation
 * but "/", single spaces). Unknown headings are ignored: agencies add their own columns (staff, location).
 */
const HEADING_VARIANTS: Record<ChronologyColumn, string[]> = {
  date: [
    'date',
    'dates',
    'date of contact',
    'contact date',
    'date/time',
    'date and time',
    'event date',
    'date of event',
    'date of incident',
    'incident date',
    'when',
  ],
  time: ['time', 'time of contact', 'contact time', 'time of event'],
  sourceReference: [
    'source record',
    'source',
    'source ref',
    'source reference',
    'source of information',
    'source document',
    'record',
    'record ref',
    'record reference',
    'reference',
    'ref',
    'ref no',
    'document',
  ],
  subjects: [
    'subjects',
    'subject',
    'people involved',
    'persons involved',
    'person involved',
    'individuals involved',
    'who',
    'who was involved',
    'names',
    'pseudonyms',
  ],
  event: [
    'event',
    'events',
    'details',
    'event/contact',
    'contact',
    'event details',
    'details of event',
    'details of contact',
    'event/contact details',
    'contact/event',
    'description',
    'summary',
    'what happened',
    'incident',
  ],
  actionOutcome: [
    'action/outcome',
    'action and outcome',
    'actions and outcomes',
    'outcome/action',
    'outcome',
    'outcomes',
    'action',
    'actions',
    'action taken',
    'actions taken',
    'result',
  ],
  analysis: [
    'analysis',
    'analysis/comment',
    'analysis/comments',
    'analysis/commentary',
    'comment',
    'comments',
    'commentary',
    'author comment',
    'author comments',
    'imr author comment',
    'imr author comments',
    'imr authors comment',
    'imr authors comments',
    'authors comment',
    'authors comments',
    'authors analysis',
    'imr author analysis',
    'analysis by imr author',
  ],
};

const BY_HEADING = new Map<string, ChronologyColumn>(
  (Object.entries(HEADING_VARIANTS) as [ChronologyColumn, string[]][]).flatMap(([column, names]) =>
    names.map((name) => [name, column] as const),
  ),
);

/** Every heading accepted for a column, as written in the template's guidance. */
export function acceptedHeadings(column: ChronologyColumn): string[] {
  return HEADING_VARIANTS[column];
}

/** The column a heading names, or null: "Date of contact" → date, "Analysis / comment" → analysis. */
export function columnOfHeading(heading: string): ChronologyColumn | null {
  return BY_HEADING.get(headingKey(heading)) ?? null;
}

function headingKey(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9/]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

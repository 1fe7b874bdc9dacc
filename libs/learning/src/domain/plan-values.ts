import { RagRating } from './rag';
import { tidy } from './plan-import-text';

/**
 * Pure readers of the cells of partnership action plans kept in spreadsheets (seed 000) and of the action
 * plans of overview reports (seed 003, Appendix B). The importer builds rows from them; they never throw on
 * what a person typed. Target dates are read in plan-import-dates.ts, status words and fill colours in a RAG
 * cell in plan-import-rag.ts; both are exported here too, as before.
 */

export { normaliseHomoglyphs } from './plan-import-text';
export { parsePlanDate, PLAN_DATE_PIVOT } from './plan-import-dates';
export type { PlanDate } from './plan-import-dates';

// ---------------------------------------------------------------------------------------------------------
// RAG

const RAG_WORDS: Record<string, RagRating> = {
  r: 'red',
  red: 'red',
  a: 'amber',
  amber: 'amber',
  g: 'green',
  green: 'green',
  lg: 'light_green',
  'light green': 'light_green',
  'light-green': 'light_green',
  light_green: 'light_green',
  lightgreen: 'light_green',
};

/**
 * A RAG cell: "R"/"A"/"G"/"LG" or the words, any case, after look-alikes are mapped (seed 000's Cyrillic "А" and
 * Greek "Α" are Amber). "" (or only spaces) → null: not rated. Anything else → 'invalid', including "Blue"
 * (some plans' "complete": here completion needs sign-off, so a plan's Blue is not taken as Green), a status
 * such as "Completed", and two ratings at once ("A/G").
 */
export function parseRag(text: string): RagRating | null | 'invalid' {
  const cell = tidy(text).toLowerCase().replace(/\.$/u, '');
  if (cell === '') return null;
  return RAG_WORDS[cell] ?? 'invalid';
}

// ---------------------------------------------------------------------------------------------------------
// Action references

export interface PlanReference {
  /** "1.8", "2.12", "49", "P1.2"; null when the cell has none. */
  ref: string | null;
  /** The plan's key letters saying which reviews or inspections the action came from (seed 000: S, H, Z, N). */
  sourceKeys: string[];
}

/** "1.8", "P1.2", "R3", "1a", "4.2b"; after "Rec", "Recommendation", "Action", "Ref" or "No." if written. */
const REF = '(?:(?:REC(?:OMMENDATION)?|ACTION|REF|NO)\\.?\\s*)?([A-Z]{0,3}\\d+(?:\\.\\d+)*[A-Z]?)[.:]?';
const KEY_LIST = '([A-Z][A-Z0-9]*(?:\\s*(?:,|&|\\+|/|\\s|\\bAND\\b)\\s*[A-Z][A-Z0-9]*)*)';
const REFERENCE = new RegExp(`^(?:${REF})?\\s*(?:\\(\\s*${KEY_LIST}\\s*[,&]?\\s*\\))?$`, 'u');
const BARE_KEYS = /^[A-Z](?:\s*(?:,|&|\+|\/|\bAND\b|\s)\s*[A-Z])*$/u;

/**
 * An action-reference cell: a number ("1.8", "2.4", "49:" → "49"; up to three letters before it: "P1.2", "R3",
 * "DHR2"; one after it: "1a" → "1A"; "Rec 4" and "No. 4" → "4") and/or
 * the source keys in brackets, separated by ",", "&", "+", "/", "and" or spaces ("(S,H&N)", "(S &H)",
 * "(Z&N)"). Keys are upper-cased, look-alikes mapped (Cyrillic "Н" is H) and repeats dropped, in order.
 * Decisions: a cell of bare single key letters ("Н", "S&N", the plan's key table) gives keys without a ref;
 * anything else (seed 000's "` ′", ",", a section heading such as "1. PREV") is no reference:
 * { ref: null, sourceKeys: [] }, so the importer never invents one.
 */
export function parseReference(text: string): PlanReference {
  const cell = tidy(text).toUpperCase();
  const match = REFERENCE.exec(cell);
  if (match && (match[1] !== undefined || match[2] !== undefined)) {
    return { ref: match[1] ?? null, sourceKeys: keysOf(match[2]) };
  }
  if (BARE_KEYS.test(cell)) return { ref: null, sourceKeys: keysOf(cell) };
  return { ref: null, sourceKeys: [] };
}

function keysOf(list: string | undefined): string[] {
  if (list === undefined) return [];
  const keys = list.split(/\s*(?:,|&|\+|\/|\bAND\b|\s)\s*/u).filter((key) => key !== '');
  return [...new Set(keys)];
}

import { ColumnMapping } from './plan-import-columns';
import { normaliseHomoglyphs } from './plan-import-text';
import { parseReference } from './plan-values';

/** The rows of an action plan that head a part of it: a theme, a priority, an agency. */

/** "1. PREVENT - We will make it more difficult..." once the cells a PDF split it into are joined again. */
const SECTION_HEADING = /^(\d+)\.\s*([A-Z][A-Z ,&]*[A-Z])\s*[-–:]\s*(.*)$/u;
/** "Priority 1: Early intervention", "P2 – Protecting victims", "Theme 3 - Pursue", "Objective 4." */
const PRIORITY = /^(?:priority|theme|strand|objective|outcome|workstream|aim|p)\s*\d{1,2}(?![.\d])[a-z]?\b/iu;
const LABEL_ONLY =
  /^(?:priority|theme|strand|objective|outcome|workstream|aim|p)\s*\d{1,2}[a-z]?\s*[:.\-–—]?$/iu;

function titleCase(words: string): string {
  return words
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/(^|[\s,&])([a-z])/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The section a row heads, or null. `texts` are the row's cleaned cells, those copied from a merge above left
 * out. Seed 000's numbered themes ("1. PREVENT - ...") give the theme's name; a priority, theme or objective
 * with its number ("Priority 1: Early intervention", "P2 – Protecting victims", in one merged cell or in two
 * cells "P1" | "Early intervention") is kept as written, however long, when the row names no lead, target or
 * rating; a single short line alone in a text column is a heading (seed 003's agencies).
 */
export function sectionOf(texts: string[], mapping: ColumnMapping, joined: string): string | null {
  const numbered = SECTION_HEADING.exec(joined);
  if (numbered && parseReference(texts[(mapping.reference ?? 0) - 1] ?? '').ref === null) {
    return titleCase(numbered[2] ?? '');
  }
  const filled = texts.map((text, index) => ({ text, column: index + 1 })).filter((cell) => cell.text !== '');
  const only = filled[0];
  if (!only) return null;

  const attributes = [
    mapping.leadAgency,
    mapping.leadOfficer,
    mapping.targetDate,
    mapping.rag,
    mapping.updatedOn,
  ];
  const priority = normaliseHomoglyphs(only.text.replace(/\s+/gu, ' '));
  if (
    filled.length <= 2 &&
    PRIORITY.test(priority) &&
    !filled.some((cell) => attributes.includes(cell.column))
  ) {
    const [label, rest] = [priority, filled[1]?.text.replace(/\s+/gu, ' ')];
    const name =
      rest === undefined
        ? label
        : `${label.replace(/[\s:.\-–—]+$/u, '')}${LABEL_ONLY.test(label) ? ':' : ''} ${rest}`;
    return name.replace(/\.$/u, '').slice(0, 200);
  }

  if (filled.length !== 1) return null;
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

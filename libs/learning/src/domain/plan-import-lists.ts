/**
 * The items of a cell that lists several things (milestones, or their target dates): one per line, and also
 * several on one line when the person numbered them ("1. Agree the audit tool 2. Audit 40 files by May 2015"),
 * lettered them ("a) ... b) ...") or used bullet characters ("• ... • ...", "▪ ..."). The numbering and bullets
 * are dropped; the order is kept.
 *
 * Decisions, so that text is never cut in the wrong place:
 * - Numbers split a line only when the line starts with one and the others count on from it in order ("1. ",
 *   "2) ", "(3) ", each followed by a space): "1.8 (S)", "31.03.2015" and "raised to 2. The panel" stay whole.
 * - Letters likewise ("a)" or "(a)", then "b)"...); "a." is not taken, being too common in prose.
 * - Bullet characters (• ▪ ● ◦ ‣ ■ □ ► ➢ ✓ *) split anywhere; a hyphen or dash splits only a line that
 *   starts with one ("- Train staff - Audit files"), because dashes join clauses in prose.
 */
export function splitList(text: string): string[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .flatMap(splitLine)
    .map((item) => item.replace(/\s+/gu, ' ').trim())
    .filter((item) => item !== '');
}

const BULLETS = /[•▪●◦‣■□►➢✓]|(?:^|\s)\*(?=\s)/u;
const BULLET_SPLIT = /\s*(?:[•▪●◦‣■□►➢✓]|(?:^|\s)\*(?=\s))\s*/u;
const DASH_LINE = /^\s*[-–—]\s+/u;
const NUMBER_MARK = /(^|\s)\(?(\d{1,2})[.)](?=\s+\S)/gu;
const LETTER_MARK = /(^|\s)\(?([a-z])\)(?=\s+\S)/gu;

function splitLine(line: string): string[] {
  if (BULLETS.test(line)) return line.split(new RegExp(BULLET_SPLIT, 'gu')).flatMap(splitLine);
  if (DASH_LINE.test(line)) return line.replace(DASH_LINE, '').split(/\s[-–—]\s/u);
  return (
    splitCounted(line, NUMBER_MARK, (mark, first, index) => Number(mark) === Number(first) + index) ??
    splitCounted(
      line,
      LETTER_MARK,
      (mark, first, index) => mark.charCodeAt(0) === first.charCodeAt(0) + index,
    ) ?? [line]
  );
}

/**
 * The line cut before each marker that counts on from the one the line starts with ("2. March 2014" on the
 * second line of a list: the items go on from 2), the markers dropped; null when the line starts with none.
 */
function splitCounted(
  line: string,
  marks: RegExp,
  inOrder: (mark: string, first: string, index: number) => boolean,
): string[] | null {
  const found: { at: number; end: number }[] = [];
  let first: string | null = null;
  for (const match of line.matchAll(new RegExp(marks.source, 'gu'))) {
    const mark = match[2] ?? '';
    if (first === null) {
      if ((match.index ?? 0) + (match[1] ?? '').length !== line.length - line.trimStart().length) return null;
      first = mark;
    }
    if (!inOrder(mark, first, found.length)) continue;
    const at = (match.index ?? 0) + (match[1] ?? '').length;
    found.push({ at, end: (match.index ?? 0) + match[0].length });
  }
  if (found.length === 0) return null;
  return found.map((mark, index) => line.slice(mark.end, found[index + 1]?.at ?? line.length));
}

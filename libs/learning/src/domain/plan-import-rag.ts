import { RAG_LABELS, RagRating } from './rag';
import { tidy } from './plan-import-text';
import { parseRag } from './plan-values';

/**
 * The RAG cell of an action plan as plans from other partnerships write it: the letters and words parseRag
 * reads, a status word in a status column ("On track", "Delayed", "Completed"), or only a fill colour.
 */

export interface RagReading {
  rating: RagRating | null;
  /** How a status word or a colour was read: a person should see it in the preview. */
  warning: string | null;
  error: string | null;
}

/**
 * Status words and the rating each stands for (domain.md: Red — overdue or will not complete in time; Amber —
 * not started but within timescale, or slow progress; Light green — progressing well; Green — complete).
 * Decisions: "Delayed" and "At risk" are Amber (slow progress), not Red — an overdue action is Red anyway,
 * because the system rates by its target date; "In progress" and "Ongoing" are Light green (the normal state in
 * a Not started / In progress / Complete list); "Completed" and "Closed" are Green, but only as reported: the
 * action imports open and shows Light green until the coordinator signs off its completion with evidence.
 * "New", "Not yet due" and "N/A" are not rated. "Blue" (some plans' complete, others' not yet due) is refused.
 */
const STATUSES: Record<string, RagRating | null> = {
  ...words('green', 'complete|completed|closed|done|achieved|discharged|implemented|finished'),
  ...words('green', 'action complete|action completed|fully implemented|fully achieved|fully met|met'),
  ...words('light_green', 'on track|on target|on schedule|in progress|progressing|progressing well|underway'),
  ...words('light_green', 'under way|ongoing|on going|started|ahead of schedule|good progress|in hand'),
  ...words('amber', 'delayed|slipped|slippage|behind schedule|behind|at risk|not started|not yet started'),
  ...words('amber', 'some delay|minor delay|partially complete|partially completed|partially met'),
  ...words('amber', 'partially achieved|partly achieved|some progress|limited progress'),
  ...words('red', 'overdue|off track|not achieved|not met|stalled|blocked|significantly delayed|missed'),
  ...words('red', 'serious delay|failed|not progressing|no progress'),
  ...words(null, 'new|not yet due|not due|n a|na|not applicable|tbc|tba|none|pending'),
};

function words(rating: RagRating | null, list: string): Record<string, RagRating | null> {
  return Object.fromEntries(list.split('|').map((word) => [word, rating]));
}

const RATING_FIRST = /^(r|a|g|lg|red|amber|green|light[\s-]?green)(?:\s*[-–:;(,.]\s*|\s+)([a-z0-9].*?)\)?$/u;
const EXPECTED =
  'write R, A, G or LG (or Red, Amber, Green, Light green), or a status such as Completed, On track, Delayed or Not started';

/**
 * The rating of a RAG (or status) cell: its text when it has any, else its fill colour (`fill`, "RRGGBB"), read
 * against the greens the column uses (`greens`, from ragGreens). Text that is neither a rating nor a status
 * word is an error; a rating followed by words ("G - complete", "Amber (delayed)") is the rating.
 */
export function readRag(text: string, fill: string | null | undefined, greens: RagGreens): RagReading {
  const typed = parseRag(text);
  if (typed !== 'invalid' && typed !== null) return { rating: typed, warning: null, error: null };
  if (typed === null) return fromFill(fill, greens);

  const key = statusKey(text);
  const status = statusOf(key);
  if (status !== undefined) {
    const label = status.rating ? RAG_LABELS[status.rating] : 'not rated';
    const completed = status.rating === 'green';
    return {
      rating: status.rating,
      warning: completed
        ? `"${tidy(text)}" is read as Green: completion needs sign-off here, so the action is imported open`
        : `The status "${tidy(text)}" is read as ${label}`,
      error: null,
    };
  }
  const first = RATING_FIRST.exec(tidy(text).toLowerCase());
  if (first) {
    const rating = parseRag(first[1] ?? '');
    const rest = first[2] ?? '';
    if (rating !== 'invalid' && rating !== null && parseRag(rest) === 'invalid') {
      return { rating, warning: null, error: null };
    }
  }
  return { rating: null, warning: null, error: `"${tidy(text)}" is not a RAG rating: ${EXPECTED}` };
}

function statusKey(text: string): string {
  return tidy(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

/** The status the words begin with, the longest first: "Completed 31/03/2015", "Delayed due to staffing". */
function statusOf(key: string): { rating: RagRating | null } | undefined {
  const parts = key.split(' ');
  for (let length = Math.min(parts.length, 4); length >= 1; length--) {
    const word = parts.slice(0, length).join(' ');
    if (word in STATUSES) return { rating: STATUSES[word] ?? null };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Fill colours

/** The lightness of the darkest green fill in the RAG column, or null when it has none. */
export interface RagGreens {
  darkest: number | null;
}

type Family = 'red' | 'amber' | 'green' | 'other';

/**
 * Which greens a RAG column uses. Decision on Light green: Excel's palette offers 92D050 ("Light Green") and
 * 00B050 ("Green"), and plans use either for plain Green. So a green fill is Light green only when the same
 * column also holds a distinctly darker green (lightness at least 0.1 lower): a four-colour plan. A plan with
 * one green, whichever shade, is read as Green — as its typed "G" would be; and a reported Green shows as Light
 * green anyway until the coordinator signs the action off, so erring to Green never shows an action complete.
 */
export function ragGreens(fills: readonly (string | null | undefined)[]): RagGreens {
  let darkest: number | null = null;
  for (const fill of fills) {
    const colour = fill ? familyOf(fill) : null;
    if (colour?.family === 'green' && (darkest === null || colour.lightness < darkest))
      darkest = colour.lightness;
  }
  return { darkest };
}

function fromFill(fill: string | null | undefined, greens: RagGreens): RagReading {
  const colour = fill ? familyOf(fill) : null;
  if (!colour) return { rating: null, warning: null, error: null };
  const hex = `#${fill?.toUpperCase()}`;
  if (colour.family === 'other') {
    return {
      rating: null,
      warning: `The RAG cell is coloured ${hex}, which is not red, amber or green: the action is not rated`,
      error: null,
    };
  }
  const light =
    colour.family === 'green' && greens.darkest !== null && colour.lightness - greens.darkest >= 0.1;
  const rating: RagRating = light ? 'light_green' : colour.family;
  return {
    rating,
    warning: `The RAG is read from the cell's colour (${hex}) as ${RAG_LABELS[rating]}${
      light ? ', the lighter of the column’s greens' : ''
    }`,
    error: null,
  };
}

/** The family of an "RRGGBB" colour by its hue; null for white, greys, black and what is not a colour. */
export function familyOf(fill: string): { family: Family; lightness: number } | null {
  if (!/^[0-9a-f]{6}$/iu.test(fill)) return null;
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(fill.slice(at, at + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const saturation = max === min ? 0 : (max - min) / (1 - Math.abs(2 * lightness - 1));
  if (saturation < 0.25 || lightness > 0.95 || lightness < 0.1) return null;
  const hue =
    max === r
      ? (((g - b) / (max - min)) * 60 + 360) % 360
      : max === g
        ? ((b - r) / (max - min)) * 60 + 120
        : ((r - g) / (max - min)) * 60 + 240;
  const family: Family = hue >= 340 || hue < 15 ? 'red' : hue < 65 ? 'amber' : hue < 170 ? 'green' : 'other';
  return { family, lightness };
}

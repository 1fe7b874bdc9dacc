/** Text helpers shared by the readers of action-plan cells. */

/**
 * Letters from other scripts that look exactly like Latin ones. Seed 000 has "ТВА" (Cyrillic Te, Ve, A) as a
 * target date, "А" (Cyrillic A) and "Α" (GREEK Alpha, 7 cells) as RAG ratings and "Н" (Cyrillic En) as a source
 * key. Decision: Greek is mapped as well as Cyrillic, because the seed's own bytes need it. Only true
 * look-alikes are mapped: Cyrillic "Г" (Ghe) looks like Greek Gamma, not "G", so it stays and "Г" is no rating.
 */
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic capitals
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
  Ү: 'Y',
  // Cyrillic small letters
  а: 'a',
  с: 'c',
  е: 'e',
  і: 'i',
  ј: 'j',
  о: 'o',
  р: 'p',
  ѕ: 's',
  х: 'x',
  у: 'y',
  // Greek capitals
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Greek small letter
  ο: 'o',
};

const HOMOGLYPH = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'gu');

/**
 * Replaces Cyrillic and Greek look-alike letters with the Latin letter they imitate ("ТВА" → "TBA"); all else
 * is kept. Meant for short code-like cells (references, ratings, "TBA"), not for prose: real Cyrillic or Greek
 * words would be mangled.
 */
export function normaliseHomoglyphs(text: string): string {
  return text.replace(HOMOGLYPH, (letter) => HOMOGLYPHS[letter] ?? letter);
}

/** Look-alikes to Latin, any white space (no-break spaces, line breaks) to one space, trimmed. */
export function tidy(text: string): string {
  return normaliseHomoglyphs(text).replace(/\s+/gu, ' ').trim();
}

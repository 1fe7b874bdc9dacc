import { daysBetween } from '@dhr/platform-domain';

import { chronologyBounds, formatChronologyDate } from './chronology-date';
import { ChronologyItem } from './combined-chronology';

/** Two entries that may record the same event; `a` < `b` by id. */
export interface LikelyDuplicate {
  a: string;
  b: string;
  /** How alike the two event texts are, 0 to 1 (the Dice coefficient below). */
  score: number;
  /** Why, in plain English, for the reviewer deciding whether to merge them. */
  reasons: string[];
}

export interface DuplicateOptions {
  /** How many days apart two exact days may be and still be the same event (default 1: a late-night call). */
  maxDaysApart?: number;
  /** The least Dice coefficient of the two event texts' words (default 0.5). */
  minSimilarity?: number;
  /**
   * The widest date, in days, that can be matched at all (default 31): "mid-August 2013" or "August 2013" can
   * be told to be the same event as "15 August 2013"; "summer 2013" or "2013" cannot, and would only bury the
   * chair in candidates.
   */
  maxSpanDays?: number;
}

/**
 * Entries of different agencies that probably record the same event, most alike first (then by ids).
 *
 * Dates: their spans overlap ("mid-August 2013" holds 15 August 2013), or both are single exact days at most
 * `maxDaysApart` apart. Wider dates must overlap: "August" and "September" are adjacent, not the same. A date
 * wider than `maxSpanDays` (a season, a year) is never matched: too vague to say two entries are one event.
 *
 * Words: each event text becomes a set of words: lower case, letters and digits only, no stop words ("the",
 * "was", "to"...), no one-letter words, and common endings trimmed ("attended" and "attends" are "attend").
 * Similarity is the Dice coefficient 2|A∩B| / (|A| + |B|): with the default 0.5, the words shared make up
 * half of all the words the two texts use. Dice rather than Jaccard because agencies describe one event in
 * their own words, and Dice is kinder to a short text inside a longer one.
 *
 * Entries are sorted by first day and each is compared only with those that start before it ends (plus
 * `maxDaysApart`), never with every other entry.
 */
export function findLikelyDuplicates(
  items: readonly ChronologyItem[],
  options: DuplicateOptions = {},
): LikelyDuplicate[] {
  const maxDaysApart = options.maxDaysApart ?? 1;
  const minSimilarity = options.minSimilarity ?? 0.5;
  const maxSpanDays = options.maxSpanDays ?? 31;
  const vocabulary = new Map<string, number>();
  const entries = items
    .map((item) => entryOf(item, vocabulary))
    .filter((entry) => entry.last - entry.first < maxSpanDays)
    .sort((x, y) => x.first - y.first || x.last - y.last);

  const found: LikelyDuplicate[] = [];
  for (let i = 0; i < entries.length; i++) {
    const x = entries[i];
    const reach = x.last + (x.exactDay ? maxDaysApart : 0);
    for (let j = i + 1; j < entries.length && entries[j].first <= reach; j++) {
      const y = entries[j];
      if (x.item.agencyId === y.item.agencyId) continue;
      const overlap = y.first <= x.last;
      const apart = y.first - x.last;
      if (!overlap && !(y.exactDay && apart <= maxDaysApart)) continue;
      if (!couldReach(x.words.length, y.words.length, minSimilarity)) continue;
      const shared = sharedWords(x.words, y.words);
      const score = (2 * shared) / (x.words.length + y.words.length);
      if (score < minSimilarity || shared === 0) continue;
      found.push(duplicateOf(x, y, overlap, apart, score, shared));
    }
  }
  return found.sort((p, q) => q.score - p.score || compareText(p.a, q.a) || compareText(p.b, q.b));
}

/** The words of an event text as findLikelyDuplicates compares them, in order of first use. */
export function eventWords(text: string): string[] {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || STOP_WORDS.has(raw)) continue;
    words.add(trimEnding(raw));
  }
  return [...words];
}

interface Entry {
  item: ChronologyItem;
  /** Days since 1970-01-01 of the first and last day the date can mean. */
  first: number;
  last: number;
  exactDay: boolean;
  /** Word ids, ascending, so two entries' shared words are counted in one pass. */
  words: number[];
  text: string[];
}

const EPOCH = '1970-01-01';

function entryOf(item: ChronologyItem, vocabulary: Map<string, number>): Entry {
  const { earliest, latest } = chronologyBounds(item.date);
  const text = eventWords(item.event);
  const words = text.map((word) => {
    let id = vocabulary.get(word);
    if (id == null) vocabulary.set(word, (id = vocabulary.size));
    return id;
  });
  return {
    item,
    first: daysBetween(EPOCH, earliest),
    last: daysBetween(EPOCH, latest),
    exactDay: item.date.from.precision === 'day' && item.date.to == null,
    words: words.sort((p, q) => p - q),
    text,
  };
}

/** Dice can be at most 2·min/(m+n): skip pairs whose sizes alone rule them out. */
function couldReach(m: number, n: number, minSimilarity: number): boolean {
  return m + n > 0 && (2 * Math.min(m, n)) / (m + n) >= minSimilarity;
}

function sharedWords(x: number[], y: number[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return shared;
}

function duplicateOf(
  x: Entry,
  y: Entry,
  overlap: boolean,
  apart: number,
  score: number,
  shared: number,
): LikelyDuplicate {
  const [a, b] = x.item.id < y.item.id ? [x, y] : [y, x];
  const dates = `${formatChronologyDate(a.item.date)} and ${formatChronologyDate(b.item.date)}`;
  const when =
    x.exactDay && y.exactDay && x.first === y.first
      ? `same day (${formatChronologyDate({ ...a.item.date, time: null })})`
      : overlap
        ? `dates overlap (${dates})`
        : `dates ${apart} ${apart === 1 ? 'day' : 'days'} apart (${dates})`;
  const inA = new Set(a.text);
  const common = b.text.filter((word) => inA.has(word));
  return {
    a: a.item.id,
    b: b.item.id,
    score,
    reasons: [
      when,
      `different agencies (${a.item.agencyName} and ${b.item.agencyName})`,
      `similar events: ${shared} shared ${shared === 1 ? 'word' : 'words'} (${common.join(', ')}), similarity ${score.toFixed(2)}`,
    ],
  };
}

/** "attended", "attends", "attending" → "attend"; "injuries" → "injury". A light trim, not a full stemmer. */
function trimEnding(word: string): string {
  if (/\d/.test(word)) return word;
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) {
    return word.slice(0, -1);
  }
  return word;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between ' +
    'both but by can could did do does doing down during each few for from further had has have having he her ' +
    'here hers herself him himself his how if in into is it its itself just me more most my myself no nor not ' +
    'now of off on once only or other our ours out over own same she should so some such than that the their ' +
    'theirs them themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours also via per re'
  ).split(' '),
);

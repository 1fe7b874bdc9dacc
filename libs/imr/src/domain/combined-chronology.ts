import { ChronologyDate, chronologyBounds } from './chronology-date';

/** One agency's chronology entry, as much of it as the combined chronology needs to order and compare. */
export interface ChronologyItem {
  id: string;
  agencyId: string;
  agencyName: string;
  date: ChronologyDate;
  event: string;
  createdAt?: Date;
}

/**
 * The order of the combined chronology. Each rule only breaks ties left by the ones before it:
 *
 * 1. The first day the date can mean, ascending ("spring 2007" starts 2007-03-01). So "2013" comes before
 *    "summer 2013": it may be earlier, and a reader should meet it before anything it could precede.
 * 2. The last day it can mean, ascending: when dates start together the narrower comes first, so
 *    "1 June 2013" < "early June 2013" < "June 2013" < "summer 2013", and "1 January 2013" < "January 2013" <
 *    "early 2013" < "2013". A range sorts by its whole span, from the start of `from` to the end of `to`.
 * 3. Time of day, for entries of the same single day: untimed first (the day as a whole, then what happened in
 *    it), then timed ones by "HH:MM".
 * 4. Exact before approximate ("1985" before "c. 1985"): the firmer statement anchors the hedged one.
 * 5. Agency name, case-insensitively, then exactly; then agency id (two agencies may share a name).
 * 6. When the entry was recorded (createdAt), earlier first, so one agency's entries of the same date keep the
 *    order the author wrote them in; entries without createdAt come after those with it.
 * 7. Entry id, so the order is total: the same entries always come out in the same order, however they came in.
 *
 * Text comparisons are by UTF-16 code unit, not locale, so the order does not depend on the machine.
 */
export function compareChronologyItems(a: ChronologyItem, b: ChronologyItem): number {
  return compareKeys(sortKey(a), sortKey(b));
}

/** A new array in chronology order (see compareChronologyItems); the input is left as it was. */
export function mergeChronology<T extends ChronologyItem>(items: readonly T[]): T[] {
  // each entry's key is worked out once, not once per comparison
  const keyed = items.map((item) => ({ item, key: sortKey(item) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map(({ item }) => item);
}

interface SortKey {
  earliest: string;
  latest: string;
  /** '' when untimed, which sorts before any "HH:MM". */
  time: string;
  approximate: boolean;
  agencyFolded: string;
  agencyName: string;
  agencyId: string;
  /** Infinity without a createdAt, so those come last. */
  recorded: number;
  id: string;
}

function sortKey(item: ChronologyItem): SortKey {
  const { earliest, latest } = chronologyBounds(item.date);
  const recorded = item.createdAt?.getTime();
  return {
    earliest,
    latest,
    time: item.date.time ?? '',
    approximate: item.date.approximate,
    agencyFolded: item.agencyName.toLowerCase(),
    agencyName: item.agencyName,
    agencyId: item.agencyId,
    recorded: recorded == null || Number.isNaN(recorded) ? Infinity : recorded,
    id: item.id,
  };
}

function compareKeys(a: SortKey, b: SortKey): number {
  return (
    compareText(a.earliest, b.earliest) ||
    compareText(a.latest, b.latest) ||
    compareText(a.time, b.time) ||
    Number(a.approximate) - Number(b.approximate) ||
    compareText(a.agencyFolded, b.agencyFolded) ||
    compareText(a.agencyName, b.agencyName) ||
    compareText(a.agencyId, b.agencyId) ||
    compareNumbers(a.recorded, b.recorded) ||
    compareText(a.id, b.id)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Infinity - Infinity is NaN, so numbers are compared, not subtracted. */
function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

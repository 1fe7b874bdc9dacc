import { ChronologyDate, parseChronologyDate } from './chronology-date';
import { ChronologyItem, compareChronologyItems, mergeChronology } from './combined-chronology';

function dateOf(text: string): ChronologyDate {
  const result = parseChronologyDate(text);
  if (!result.ok) throw new Error(result.problem);
  return result.date;
}

let nextId = 0;
function entry(date: string, overrides: Partial<ChronologyItem> = {}): ChronologyItem {
  nextId++;
  return {
    id: `e${String(nextId).padStart(3, '0')}`,
    agencyId: 'police',
    agencyName: 'South Yorkshire Police',
    date: dateOf(date),
    event: `event ${nextId}`,
    ...overrides,
  };
}

/** mulberry32: a small seeded generator, so every run shuffles the same way. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('compareChronologyItems', () => {
  // [why, the entry that comes first, the entry that comes second]
  const FIRST_THEN_SECOND: [string, ChronologyItem, ChronologyItem][] = [
    ['earlier day first', entry('5 August 2013'), entry('6 August 2013')],
    ['a year starts before its summer', entry('2013'), entry('summer 2013')],
    ['a year starts before a day in it', entry('2013'), entry('2 January 2013')],
    ['spring before a day in summer', entry('spring 2007'), entry('1 June 2007')],
    ['a day before its month when they start together', entry('1 August 2013'), entry('August 2013')],
    ['early month before the whole month', entry('early August 2013'), entry('August 2013')],
    ['a month before its season when they start together', entry('June 2013'), entry('summer 2013')],
    ['early summer before summer', entry('early summer 2013'), entry('summer 2013')],
    ['January before early 2013 before 2013', entry('January 2013'), entry('early 2013')],
    ['early 2013 before 2013', entry('early 2013'), entry('2013')],
    ['a month before a range starting with it', entry('March 2010'), entry('between March and May 2010')],
    ['a narrower range first', entry('2007-2008'), entry('2007-2009')],
    [
      'mid-August 2013 before 15 August 2013: it may be earlier',
      entry('mid-August 2013'),
      entry('15 August 2013'),
    ],
    ['winter 2007/08 before January 2008', entry('winter 2007/08'), entry('January 2008')],
    ['untimed day before the same day timed', entry('6 February 2014'), entry('6 February 2014 at 00:00')],
    ['timed by time', entry('6 February 2014 at 09:15'), entry('6 February 2014 at 14:30')],
    ['a timed day before the next day untimed', entry('6 February 2014 at 23:59'), entry('7 February 2014')],
    ['exact before approximate', entry('1985'), entry('c. 1985')],
    ['exact day before approximate same day', entry('6 February 2014'), entry('about 6 February 2014')],
    ['approximate narrower before exact wider', entry('c. 1 March 1985'), entry('March 1985')],
    [
      'agency name when dates match',
      entry('6 February 2014', { agencyId: 'z', agencyName: 'Ambulance Service' }),
      entry('6 February 2014', { agencyId: 'a', agencyName: 'Police' }),
    ],
    [
      'agency name ignores case',
      entry('6 February 2014', { agencyId: 'x', agencyName: 'adult social care' }),
      entry('6 February 2014', { agencyId: 'y', agencyName: 'GP' }),
    ],
    [
      'agency id when names match',
      entry('6 February 2014', { id: 'z', agencyId: 'a1', agencyName: 'GP' }),
      entry('6 February 2014', { id: 'a', agencyId: 'a2', agencyName: 'GP' }),
    ],
    [
      'recorded earlier first within an agency',
      entry('6 February 2014', { id: 'z', createdAt: new Date('2024-01-01T10:00:00Z') }),
      entry('6 February 2014', { id: 'a', createdAt: new Date('2024-01-01T10:05:00Z') }),
    ],
    [
      'recorded before not recorded',
      entry('6 February 2014', { id: 'z', createdAt: new Date('2024-01-01T10:00:00Z') }),
      entry('6 February 2014', { id: 'a' }),
    ],
    ['id last', entry('6 February 2014', { id: 'a' }), entry('6 February 2014', { id: 'b' })],
  ];

  it.each(FIRST_THEN_SECOND)('%s', (_why, first, second) => {
    expect(compareChronologyItems(first, second)).toBeLessThan(0);
    expect(compareChronologyItems(second, first)).toBeGreaterThan(0);
    expect(mergeChronology([second, first])).toEqual([first, second]);
  });

  it('is 0 only for the same entry', () => {
    const one = entry('6 February 2014');
    expect(compareChronologyItems(one, { ...one })).toBe(0);
  });
});

describe('mergeChronology', () => {
  const police = { agencyId: 'police', agencyName: 'South Yorkshire Police' };
  const gp = { agencyId: 'gp', agencyName: 'GP practice' };
  const ambulance = { agencyId: 'yas', agencyName: 'Yorkshire Ambulance Service' };

  // the expected order, written out by hand
  const EXPECTED: ChronologyItem[] = [
    entry('1985', { ...gp, id: 'birth' }),
    entry('c. 1985', { ...police, id: 'c85' }),
    entry('2007-2009', { ...gp, id: 'range' }),
    entry('spring 2007', { ...police, id: 'spring' }),
    entry('2013', { ...gp, id: 'y2013' }),
    entry('1 June 2013', { ...gp, id: 'jun1' }),
    entry('June 2013', { ...police, id: 'june' }),
    entry('summer 2013', { ...gp, id: 'summer' }),
    entry('August 2013', { ...police, id: 'aug' }),
    entry('mid-August 2013', { ...ambulance, id: 'midaug' }),
    entry('15 August 2013', { ...gp, id: 'aug15-gp' }),
    entry('15 August 2013', { ...police, id: 'aug15-police' }),
    entry('15 August 2013 at 02:10', { ...ambulance, id: 'aug15-0210' }),
    entry('15 August 2013 at 23:50', { ...police, id: 'aug15-2350' }),
    entry('autumn 2013', { ...ambulance, id: 'autumn' }),
    entry('winter 2013/14', { ...police, id: 'winter' }),
    entry('06.02.2014', { ...gp, id: 'feb6' }),
  ];

  it('orders a combined chronology as written out by hand', () => {
    expect(mergeChronology([...EXPECTED].reverse()).map((item) => item.id)).toEqual(
      EXPECTED.map((item) => item.id),
    );
  });

  it('returns a new array and leaves its input alone', () => {
    const input = [...EXPECTED].reverse();
    const before = [...input];
    const merged = mergeChronology(input);
    expect(merged).not.toBe(input);
    expect(input).toEqual(before);
  });

  it('keeps the extra fields of its items', () => {
    const items = [{ ...entry('2014'), source: 'PNC' }];
    expect(mergeChronology(items)[0].source).toBe('PNC');
  });

  it('agrees with compareChronologyItems', () => {
    const merged = mergeChronology(EXPECTED);
    for (let i = 1; i < merged.length; i++) {
      expect(compareChronologyItems(merged[i - 1], merged[i])).toBeLessThan(0);
    }
  });

  it('always gives the same order, however the entries arrive (200 seeded shuffles)', () => {
    const random = seeded(20_130_815);
    const expected = EXPECTED.map((item) => item.id);
    for (let run = 0; run < 200; run++) {
      expect(mergeChronology(shuffled(EXPECTED, random)).map((item) => item.id)).toEqual(expected);
    }
  });

  it('orders entries that tie on everything but id by id, whatever the input order', () => {
    const ties = ['d', 'a', 'c', 'b'].map((id) => entry('May 2014', { ...police, id }));
    const random = seeded(7);
    for (let run = 0; run < 50; run++) {
      expect(mergeChronology(shuffled(ties, random)).map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
    }
  });

  it('is empty for no entries', () => {
    expect(mergeChronology([])).toEqual([]);
  });
});

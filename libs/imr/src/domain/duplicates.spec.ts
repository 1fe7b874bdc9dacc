import { ChronologyDate, parseChronologyDate } from './chronology-date';
import { ChronologyItem } from './combined-chronology';
import { eventWords, findLikelyDuplicates } from './duplicates';

function dateOf(text: string): ChronologyDate {
  const result = parseChronologyDate(text);
  if (!result.ok) throw new Error(result.problem);
  return result.date;
}

const AGENCIES = {
  police: 'South Yorkshire Police',
  ambulance: 'Yorkshire Ambulance Service',
  gp: 'GP practice',
  hospital: 'Rotherham Hospital',
} as const;

function entry(id: string, agencyId: keyof typeof AGENCIES, date: string, event: string): ChronologyItem {
  return { id, agencyId, agencyName: AGENCIES[agencyId], date: dateOf(date), event };
}

const pairs = (items: ChronologyItem[], options?: Parameters<typeof findLikelyDuplicates>[1]) =>
  findLikelyDuplicates(items, options).map(({ a, b }) => `${a}+${b}`);

describe('findLikelyDuplicates', () => {
  const ASSAULT_POLICE =
    'Police called to the address after a neighbour reported an assault; MA 1 had a head injury';
  const ASSAULT_AMBULANCE = 'Ambulance called to the address: MA 1 assaulted, head injury, taken to hospital';

  // [why, entries, the pairs expected (a+b, a < b by id)]
  const CASES: [string, ChronologyItem[], string[]][] = [
    [
      'the same event reported by police and ambulance on the same day',
      [
        entry('p1', 'police', '6 February 2014', ASSAULT_POLICE),
        entry('a1', 'ambulance', '06.02.2014', ASSAULT_AMBULANCE),
      ],
      ['a1+p1'],
    ],
    [
      'the same event a day apart (a call just after midnight)',
      [
        entry('p1', 'police', '6 February 2014 at 23:50', ASSAULT_POLICE),
        entry('a1', 'ambulance', '7 February 2014 at 00:10', ASSAULT_AMBULANCE),
      ],
      ['a1+p1'],
    ],
    [
      'never within one agency',
      [
        entry('p1', 'police', '6 February 2014', ASSAULT_POLICE),
        entry('p2', 'police', '6 February 2014', ASSAULT_POLICE),
      ],
      [],
    ],
    [
      'never when the dates are far apart',
      [
        entry('p1', 'police', '6 February 2014', ASSAULT_POLICE),
        entry('a1', 'ambulance', '6 March 2014', ASSAULT_POLICE),
      ],
      [],
    ],
    [
      'never two days apart by default',
      [
        entry('p1', 'police', '6 February 2014', ASSAULT_POLICE),
        entry('a1', 'ambulance', '8 February 2014', ASSAULT_POLICE),
      ],
      [],
    ],
    [
      'not different events on the same day',
      [
        entry('p1', 'police', '6 February 2014', ASSAULT_POLICE),
        entry(
          'g1',
          'gp',
          '6 February 2014',
          'GP appointment: repeat prescription for antidepressants reviewed',
        ),
      ],
      [],
    ],
    [
      'mid-August 2013 holds 15 August 2013',
      [
        entry('h1', 'hospital', 'mid-August 2013', 'MA 1 admitted with an incised wound to his right hand'),
        entry('p1', 'police', '15 August 2013', 'MA 1 admitted to hospital with incised wound to right hand'),
      ],
      ['h1+p1'],
    ],
    [
      'not early August 2013 and 15 August 2013: they do not overlap',
      [
        entry('h1', 'hospital', 'early August 2013', 'MA 1 admitted with an incised wound to his right hand'),
        entry('p1', 'police', '15 August 2013', 'MA 1 admitted to hospital with incised wound to right hand'),
      ],
      [],
    ],
    [
      'adjacent months are not the same time, whatever maxDaysApart',
      [
        entry('g1', 'gp', 'August 2013', 'Referred to drug and alcohol services'),
        entry('h1', 'hospital', 'September 2013', 'Referred to drug and alcohol services'),
      ],
      [],
    ],
    [
      'several agencies, each pair once',
      [
        entry('p1', 'police', '6 February 2014', ASSAULT_POLICE),
        entry('a1', 'ambulance', '6 February 2014', ASSAULT_AMBULANCE),
        entry(
          'h1',
          'hospital',
          '6 February 2014',
          'MA 1 brought in by ambulance with a head injury after an assault',
        ),
        entry('g1', 'gp', '6 February 2014', 'Telephone consultation about sleep'),
      ],
      ['a1+h1', 'a1+p1', 'h1+p1'],
    ],
  ];

  it('matches wide dates only when told to: a season or a range is too vague by default', () => {
    const season = [
      entry('g1', 'gp', 'autumn 2013', 'Referred to drug and alcohol services'),
      entry('h1', 'hospital', '2 October 2013', 'Referral to drug and alcohol services'),
    ];
    const range = [
      entry('g1', 'gp', 'between March and May 2010', 'Attended counselling sessions for anxiety'),
      entry('h1', 'hospital', 'April 2010', 'attends counselling session, anxiety'),
    ];
    expect(pairs(season)).toEqual([]);
    expect(pairs(range)).toEqual([]);
    // a season holds a day in it, and a range a month inside it
    expect(pairs(season, { maxSpanDays: 400 })).toEqual(['g1+h1']);
    expect(pairs(range, { maxSpanDays: 400 })).toEqual(['g1+h1']);
  });

  it.each(CASES)('%s', (_why, items, expected) => {
    expect(pairs(items).sort()).toEqual([...expected].sort());
  });

  it('gives ids in order, a score and reasons a reviewer can read', () => {
    const [found] = findLikelyDuplicates([
      entry('z-police', 'police', '6 February 2014 at 14:30', 'Police called to a domestic assault'),
      entry('a-ambulance', 'ambulance', '6 February 2014', 'Ambulance called to a domestic assault'),
    ]);
    // words: police call domestic assault / ambulance call domestic assault → 3 shared of 4 + 4
    expect(found).toEqual({
      a: 'a-ambulance',
      b: 'z-police',
      score: 0.75,
      reasons: [
        'same day (6 February 2014)',
        'different agencies (Yorkshire Ambulance Service and South Yorkshire Police)',
        'similar events: 3 shared words (call, domestic, assault), similarity 0.75',
      ],
    });
  });

  it('says how far apart the days are, or that the dates overlap', () => {
    const apart = findLikelyDuplicates(
      [
        entry('a', 'police', '6 February 2014', 'assault reported'),
        entry('b', 'ambulance', '8 February 2014', 'assault reported'),
      ],
      { maxDaysApart: 2 },
    );
    expect(apart[0].reasons[0]).toBe('dates 2 days apart (6 February 2014 and 8 February 2014)');
    const overlap = findLikelyDuplicates([
      entry('a', 'police', 'c. mid-August 2013', 'assault reported'),
      entry('b', 'ambulance', '15 August 2013', 'assault reported'),
    ]);
    expect(overlap[0].reasons[0]).toBe('dates overlap (c. mid-August 2013 and 15 August 2013)');
  });

  // [maxDaysApart, minSimilarity, pairs expected]
  it.each([
    [0, 0.5, []],
    [1, 0.5, ['a+b']],
    [1, 0.9, []],
    [3, 0.5, ['a+b', 'a+c', 'b+c']],
  ] as [number, number, string[]][])(
    'maxDaysApart %d, minSimilarity %d → %j',
    (maxDaysApart, minSimilarity, expected) => {
      const items = [
        entry('a', 'police', '6 February 2014', 'Domestic assault reported at home address'),
        entry('b', 'ambulance', '7 February 2014', 'Domestic assault at the home address, treated at scene'),
        entry('c', 'gp', '9 February 2014', 'Domestic assault reported, seen at home address'),
      ];
      expect(pairs(items, { maxDaysApart, minSimilarity }).sort()).toEqual(expected);
    },
  );

  it('lists the most alike first', () => {
    const found = findLikelyDuplicates([
      entry('a', 'police', '6 February 2014', 'Domestic assault reported at home address'),
      entry('b', 'ambulance', '6 February 2014', 'Domestic assault reported at home address'),
      entry('c', 'gp', '6 February 2014', 'Domestic assault reported, discussed at appointment'),
    ]);
    expect(found.map(({ a, b }) => `${a}+${b}`)).toEqual(['a+b', 'a+c', 'b+c']);
    expect(found[0].score).toBe(1);
    expect(found[1].score).toBeCloseTo(0.6);
  });

  it('finds nothing in an empty or one-entry chronology, or in texts with no words', () => {
    expect(findLikelyDuplicates([])).toEqual([]);
    expect(findLikelyDuplicates([entry('a', 'police', '2014', 'x')])).toEqual([]);
    expect(
      findLikelyDuplicates([entry('a', 'police', '2014', 'the a'), entry('b', 'gp', '2014', 'was to')]),
    ).toEqual([]);
  });

  it('finds by its sweep exactly the pairs that comparing every pair would (speed: npm run bench:chronology)', () => {
    const items: ChronologyItem[] = [];
    const agencies = Object.keys(AGENCIES) as (keyof typeof AGENCIES)[];
    for (let i = 0; i < 240; i++) {
      const day = new Date(Date.UTC(2013, 0, 1 + (i % 40)));
      const date =
        i % 7 === 0
          ? `${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`
          : `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`;
      items.push(
        entry(
          `e${String(i).padStart(3, '0')}`,
          agencies[i % agencies.length],
          date,
          `Contact ${i % 5} about housing and welfare`,
        ),
      );
    }
    const everyPair: string[] = [];
    for (let x = 0; x < items.length; x++) {
      for (let y = x + 1; y < items.length; y++) {
        everyPair.push(...pairs([items[x]!, items[y]!]));
      }
    }
    expect(everyPair.length).toBeGreaterThan(0);
    expect(pairs(items).sort()).toEqual(everyPair.sort());
  });
});

describe('eventWords', () => {
  it.each([
    ['Police called to the address', ['police', 'call', 'address']],
    ['Attended; attends; attending', ['attend']],
    ['Injuries to MA 1, injury seen', ['injury', 'ma', 'seen']],
    ['The GP was not told', ['gp', 'told']],
    ['Assess / assessed: Address', ['assess', 'address']],
    ['Referred to IDVA in 2013', ['referr', 'idva', '2013']],
    ['', []],
  ])('%j → %j', (text, words) => {
    expect(eventWords(text)).toEqual(words);
  });
});

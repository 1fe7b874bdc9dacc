import {
  ApproximateDate,
  approximateDateProblems,
  compareApproximateDates,
  earliestDay,
  formatApproximateDate,
  latestDay,
} from './approximate-date';

const day = (year: number, month: number, d: number): ApproximateDate => ({
  precision: 'day',
  year,
  month,
  day: d,
});
const month = (year: number, m: number, qualifier?: ApproximateDate['qualifier']): ApproximateDate => ({
  precision: 'month',
  year,
  month: m,
  ...(qualifier && { qualifier }),
});
const season = (
  year: number,
  s: ApproximateDate['season'],
  qualifier?: ApproximateDate['qualifier'],
): ApproximateDate => ({ precision: 'season', year, season: s, ...(qualifier && { qualifier }) });
const year = (y: number, qualifier?: ApproximateDate['qualifier']): ApproximateDate => ({
  precision: 'year',
  year: y,
  ...(qualifier && { qualifier }),
});

describe('approximate dates', () => {
  // [value, earliest day, latest day, as written] — every expected date worked out by hand
  const CASES: [ApproximateDate, string, string, string][] = [
    [day(2014, 2, 6), '2014-02-06', '2014-02-06', '6 February 2014'],
    [day(2024, 2, 29), '2024-02-29', '2024-02-29', '29 February 2024'],
    [day(1985, 12, 31), '1985-12-31', '1985-12-31', '31 December 1985'],

    [month(2013, 8), '2013-08-01', '2013-08-31', 'August 2013'],
    [month(2013, 8, 'early'), '2013-08-01', '2013-08-10', 'early August 2013'],
    [month(2013, 8, 'mid'), '2013-08-11', '2013-08-20', 'mid-August 2013'],
    [month(2013, 8, 'late'), '2013-08-21', '2013-08-31', 'late August 2013'],
    [month(2026, 4, 'late'), '2026-04-21', '2026-04-30', 'late April 2026'],
    [month(2024, 2), '2024-02-01', '2024-02-29', 'February 2024'],
    [month(2024, 2, 'late'), '2024-02-21', '2024-02-29', 'late February 2024'],
    [month(2028, 2, 'late'), '2028-02-21', '2028-02-29', 'late February 2028'],
    [month(2026, 2, 'late'), '2026-02-21', '2026-02-28', 'late February 2026'],
    [month(2100, 2, 'late'), '2100-02-21', '2100-02-28', 'late February 2100'],
    [month(2013, 12), '2013-12-01', '2013-12-31', 'December 2013'],
    [month(2013, 1, 'early'), '2013-01-01', '2013-01-10', 'early January 2013'],

    [season(2007, 'spring'), '2007-03-01', '2007-05-31', 'spring 2007'],
    [season(2007, 'spring', 'early'), '2007-03-01', '2007-03-31', 'early spring 2007'],
    [season(2007, 'spring', 'mid'), '2007-04-01', '2007-04-30', 'mid-spring 2007'],
    [season(2007, 'spring', 'late'), '2007-05-01', '2007-05-31', 'late spring 2007'],
    [season(2010, 'summer'), '2010-06-01', '2010-08-31', 'summer 2010'],
    [season(2010, 'summer', 'early'), '2010-06-01', '2010-06-30', 'early summer 2010'],
    [season(2010, 'summer', 'mid'), '2010-07-01', '2010-07-31', 'mid-summer 2010'],
    [season(2010, 'summer', 'late'), '2010-08-01', '2010-08-31', 'late summer 2010'],
    [season(2013, 'autumn'), '2013-09-01', '2013-11-30', 'autumn 2013'],
    [season(2013, 'autumn', 'early'), '2013-09-01', '2013-09-30', 'early autumn 2013'],
    [season(2013, 'autumn', 'mid'), '2013-10-01', '2013-10-31', 'mid-autumn 2013'],
    [season(2013, 'autumn', 'late'), '2013-11-01', '2013-11-30', 'late autumn 2013'],
    // winter runs from December into the next year, whose February may be a leap month
    [season(2007, 'winter'), '2007-12-01', '2008-02-29', 'winter 2007/08'],
    [season(2007, 'winter', 'early'), '2007-12-01', '2007-12-31', 'early winter 2007/08'],
    [season(2007, 'winter', 'mid'), '2008-01-01', '2008-01-31', 'mid-winter 2007/08'],
    [season(2007, 'winter', 'late'), '2008-02-01', '2008-02-29', 'late winter 2007/08'],
    [season(2008, 'winter'), '2008-12-01', '2009-02-28', 'winter 2008/09'],
    [season(2023, 'winter'), '2023-12-01', '2024-02-29', 'winter 2023/24'],
    [season(2025, 'winter'), '2025-12-01', '2026-02-28', 'winter 2025/26'],
    [season(2027, 'winter'), '2027-12-01', '2028-02-29', 'winter 2027/28'],
    [season(1999, 'winter'), '1999-12-01', '2000-02-29', 'winter 1999/2000'],
    [season(2099, 'winter'), '2099-12-01', '2100-02-28', 'winter 2099/2100'],
    [season(2099, 'winter', 'late'), '2100-02-01', '2100-02-28', 'late winter 2099/2100'],

    [year(1985), '1985-01-01', '1985-12-31', '1985'],
    [year(2010, 'early'), '2010-01-01', '2010-04-30', 'early 2010'],
    [year(2010, 'mid'), '2010-05-01', '2010-08-31', 'mid-2010'],
    [year(1985, 'late'), '1985-09-01', '1985-12-31', 'late 1985'],
  ];

  it.each(CASES)('%j runs from %s to %s and reads "%s"', (value, earliest, latest, text) => {
    expect(approximateDateProblems(value)).toEqual([]);
    expect(earliestDay(value)).toBe(earliest);
    expect(latestDay(value)).toBe(latest);
    expect(formatApproximateDate(value)).toBe(text);
  });

  it('treats parts that arrive as null from JSON as absent', () => {
    const fromJson = JSON.parse(
      '{"precision":"year","year":1985,"month":null,"day":null,"season":null,"qualifier":null}',
    ) as ApproximateDate;
    expect(approximateDateProblems(fromJson)).toEqual([]);
    expect([earliestDay(fromJson), latestDay(fromJson), formatApproximateDate(fromJson)]).toEqual([
      '1985-01-01',
      '1985-12-31',
      '1985',
    ]);
  });

  describe('problems', () => {
    const invalid = (value: object) => value as ApproximateDate;
    it.each([
      [
        invalid({ precision: 'fortnight', year: 2010 }),
        ['precision must be one of day, month, season, year'],
      ],
      [year(2010.5), ['year must be a whole number from 1000 to 9999']],
      [year(207), ['year must be a whole number from 1000 to 9999']],
      [year(10_000), ['year must be a whole number from 1000 to 9999']],
      [year(Number.NaN), ['year must be a whole number from 1000 to 9999']],
      [invalid({ precision: 'day', year: 2014, month: 2 }), ['day is needed for day precision']],
      [
        invalid({ precision: 'day', year: 2014 }),
        ['month is needed for day precision', 'day is needed for day precision'],
      ],
      [invalid({ precision: 'month', year: 2013 }), ['month is needed for month precision']],
      [month(2013, 13), ['month must be 1 to 12']],
      [month(2013, 0), ['month must be 1 to 12']],
      [month(2013, 1.5), ['month must be 1 to 12']],
      [day(2023, 2, 29), ['day must be 1 to 28 in February 2023']],
      [day(2026, 2, 29), ['day must be 1 to 28 in February 2026']],
      [day(2100, 2, 29), ['day must be 1 to 28 in February 2100']],
      [day(2024, 2, 30), ['day must be 1 to 29 in February 2024']],
      [day(2026, 4, 31), ['day must be 1 to 30 in April 2026']],
      [day(2026, 5, 0), ['day must be 1 to 31 in May 2026']],
      [day(2026, 5, 32), ['day must be 1 to 31 in May 2026']],
      [day(2026, 13, 5), ['month must be 1 to 12']],
      [day(2026, 13, 32), ['month must be 1 to 12', 'day must be 1 to 31']],
      [invalid({ precision: 'season', year: 2007 }), ['season is needed for season precision']],
      [
        season(2007, 'monsoon' as ApproximateDate['season']),
        ['season must be one of spring, summer, autumn, winter'],
      ],
      [invalid({ precision: 'year', year: 1985, month: 3 }), ['month is not used with year precision']],
      [
        invalid({ precision: 'year', year: 1985, season: 'winter' }),
        ['season is not used with year precision'],
      ],
      [
        invalid({ precision: 'season', year: 2007, season: 'spring', month: 3 }),
        ['month is not used with season precision'],
      ],
      [
        invalid({ precision: 'month', year: 2013, month: 8, day: 15 }),
        ['day is not used with month precision'],
      ],
      [
        invalid({ precision: 'month', year: 2013, month: 8, season: 'summer' }),
        ['season is not used with month precision'],
      ],
      [{ ...day(2014, 2, 6), qualifier: 'mid' as const }, ['qualifier is not used with an exact day']],
      [
        invalid({ precision: 'year', year: 1985, qualifier: 'very' }),
        ['qualifier must be one of early, mid, late'],
      ],
    ])('%j: %j', (value, problems) => {
      expect(approximateDateProblems(value)).toEqual(problems);
    });

    it('are refused by the functions that read a date, rather than guessed at', () => {
      const missingMonth = { precision: 'month', year: 2013 } as ApproximateDate;
      expect(() => earliestDay(missingMonth)).toThrow(RangeError);
      expect(() => latestDay(missingMonth)).toThrow(RangeError);
      expect(() => formatApproximateDate(missingMonth)).toThrow('month is needed for month precision');
      expect(() => compareApproximateDates(missingMonth, year(2013))).toThrow(RangeError);
    });
  });

  describe('order', () => {
    it.each([
      [year(2013), season(2013, 'autumn'), -1], // same year, but "2013" can mean an earlier day
      [season(2013, 'autumn'), year(2013), 1],
      [year(2013), month(2013, 1), 1], // both start on 1 January; January ends first
      [month(2013, 8, 'mid'), month(2013, 8, 'late'), -1],
      [season(2007, 'winter'), year(2008), -1], // winter 2007 starts in December 2007
      [season(2007, 'winter', 'mid'), month(2008, 1), 0], // the same days, however written
      [day(2008, 1, 1), month(2008, 1), -1],
      [day(2014, 2, 6), day(2014, 2, 6), 0],
    ])('%j against %j is %i', (a, b, expected) => {
      expect(Math.sign(compareApproximateDates(a, b))).toBe(expected);
    });

    it('sorts a chronology as a reader expects', () => {
      const ordered = [
        year(1985),
        year(1985, 'late'),
        year(2007, 'early'),
        year(2007),
        season(2007, 'spring'),
        season(2007, 'winter'),
        month(2008, 1),
        year(2013),
        month(2013, 8, 'mid'),
        season(2013, 'autumn'),
        day(2014, 2, 6),
      ];
      const shuffled = [7, 2, 10, 0, 5, 9, 1, 4, 8, 3, 6].map((i) => ordered[i]!);
      expect([...shuffled].sort(compareApproximateDates).map(formatApproximateDate)).toEqual([
        '1985',
        'late 1985',
        'early 2007',
        '2007',
        'spring 2007',
        'winter 2007/08',
        'January 2008',
        '2013',
        'mid-August 2013',
        'autumn 2013',
        '6 February 2014',
      ]);
    });
  });
});

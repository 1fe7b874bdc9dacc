import {
  addDays,
  addMonths,
  calendarDate,
  compareDates,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  todayIn,
} from './calendar-date';

describe('calendar dates', () => {
  describe('isCalendarDate', () => {
    it.each([
      ['2026-01-31', true],
      ['2024-02-29', true], // leap year
      ['2028-02-29', true], // leap year
      ['2000-02-29', true], // a century divisible by 400 is a leap year
      ['2023-02-29', false],
      ['2026-02-29', false],
      ['2100-02-29', false], // a century not divisible by 400 is not
      ['2026-02-28', true],
      ['2026-04-30', true],
      ['2026-04-31', false],
      ['2026-06-31', false],
      ['2026-09-31', false],
      ['2026-11-31', false],
      ['2026-12-31', true],
      ['2026-13-01', false],
      ['2026-00-10', false],
      ['2026-05-00', false],
      ['2026-05-32', false],
      ['2026-5-1', false],
      ['26-05-01', false],
      ['2026/05/01', false],
      ['2026-05-01T00:00:00Z', false],
      [' 2026-05-01', false],
      ['', false],
      ['not a date', false],
    ])('%j is a calendar date: %s', (value, expected) => {
      expect(isCalendarDate(value)).toBe(expected);
    });
  });

  describe('daysInMonth', () => {
    it.each([
      [2026, 1, 31],
      [2026, 2, 28],
      [2024, 2, 29],
      [2028, 2, 29],
      [2100, 2, 28],
      [2000, 2, 29],
      [2026, 4, 30],
      [2026, 6, 30],
      [2026, 7, 31],
      [2026, 8, 31],
      [2026, 9, 30],
      [2026, 11, 30],
      [2026, 12, 31],
    ])('%i-%i has %i days', (year, month, days) => {
      expect(daysInMonth(year, month)).toBe(days);
    });
  });

  describe('calendarDate', () => {
    it.each([
      [2014, 2, 6, '2014-02-06'],
      [2026, 12, 31, '2026-12-31'],
      [985, 1, 1, '0985-01-01'],
    ])('(%i, %i, %i) is %s', (year, month, day, expected) => {
      expect(calendarDate(year, month, day)).toBe(expected);
    });
  });

  describe('addMonths', () => {
    it.each([
      ['2026-03-15', 1, '2026-04-15'],
      ['2026-03-15', 6, '2026-09-15'],
      ['2026-01-31', 1, '2026-02-28'], // clamped to the end of a short month
      ['2024-01-31', 1, '2024-02-29'], // leap year
      ['2028-01-31', 1, '2028-02-29'], // leap year
      ['2100-01-31', 1, '2100-02-28'], // not a leap year
      ['2026-02-28', 1, '2026-03-28'], // the day of the month, not the end of the month
      ['2024-02-29', 12, '2025-02-28'],
      ['2024-02-29', 48, '2028-02-29'],
      ['2026-08-31', 6, '2027-02-28'],
      ['2027-08-31', 6, '2028-02-29'],
      ['2026-08-30', 6, '2027-02-28'],
      ['2023-08-30', 6, '2024-02-29'],
      ['2026-03-31', 1, '2026-04-30'],
      ['2026-05-31', 1, '2026-06-30'],
      ['2026-10-31', 1, '2026-11-30'],
      ['2026-12-31', 1, '2027-01-31'], // across the year end
      ['2026-12-15', 13, '2028-01-15'],
      ['2026-07-15', 12, '2027-07-15'],
      ['2026-05-10', 0, '2026-05-10'],
      ['2026-03-31', -1, '2026-02-28'],
      ['2024-03-31', -1, '2024-02-29'],
      ['2026-01-15', -1, '2025-12-15'],
      ['2026-01-31', -2, '2025-11-30'],
      ['2026-06-15', -18, '2024-12-15'],
    ])('%s + %i months is %s', (date, months, expected) => {
      expect(addMonths(date, months)).toBe(expected);
    });
  });

  describe('addDays', () => {
    it.each([
      ['2026-05-10', 0, '2026-05-10'],
      ['2026-05-10', 1, '2026-05-11'],
      ['2026-01-31', 1, '2026-02-01'],
      ['2026-02-28', 1, '2026-03-01'],
      ['2024-02-28', 1, '2024-02-29'],
      ['2100-02-28', 1, '2100-03-01'],
      ['2026-12-31', 1, '2027-01-01'],
      ['2026-03-01', -1, '2026-02-28'],
      ['2024-03-01', -1, '2024-02-29'],
      ['2027-01-01', -1, '2026-12-31'],
      ['2026-01-01', 365, '2027-01-01'],
      ['2024-01-01', 365, '2024-12-31'],
      // the clocks change on 29 March and 25 October 2026 in the UK: a day is still a day
      ['2026-03-28', 2, '2026-03-30'],
      ['2026-10-24', 2, '2026-10-26'],
      ['0050-06-01', 1, '0050-06-02'],
    ])('%s + %i days is %s', (date, days, expected) => {
      expect(addDays(date, days)).toBe(expected);
    });
  });

  describe('daysBetween', () => {
    it.each([
      ['2026-05-10', '2026-05-10', 0],
      ['2026-05-10', '2026-05-11', 1],
      ['2026-05-11', '2026-05-10', -1],
      ['2026-02-01', '2026-03-01', 28],
      ['2024-02-01', '2024-03-01', 29],
      ['2026-01-01', '2027-01-01', 365],
      ['2024-01-01', '2025-01-01', 366],
      ['2026-03-28', '2026-03-30', 2],
      ['2026-10-24', '2026-10-26', 2],
      ['2026-12-31', '2026-01-01', -364],
    ])('from %s to %s is %i days', (from, to, expected) => {
      expect(daysBetween(from, to)).toBe(expected);
    });

    it('undoes addDays', () => {
      for (const days of [-400, -31, -1, 0, 1, 29, 366, 1000]) {
        expect(daysBetween('2024-02-29', addDays('2024-02-29', days))).toBe(days);
      }
    });
  });

  describe('todayIn', () => {
    it.each([
      ['2026-05-10T00:00:00.000Z', '2026-05-10'],
      ['2026-05-10T23:59:59.999Z', '2026-05-10'],
      // 00:30 on 1 July in London is still 30 June in UTC, the zone deadlines are kept in
      ['2026-07-01T00:30:00+01:00', '2026-06-30'],
      ['2026-12-31T23:30:00-05:00', '2027-01-01'],
      ['2024-02-29T12:00:00Z', '2024-02-29'],
    ])('%s falls on %s', (instant, expected) => {
      expect(todayIn(new Date(instant))).toBe(expected);
    });

    it('refuses an invalid instant', () => {
      expect(() => todayIn(new Date('nonsense'))).toThrow(RangeError);
    });
  });

  describe('compareDates', () => {
    it.each([
      ['2026-05-10', '2026-05-11', -1],
      ['2026-05-11', '2026-05-10', 1],
      ['2026-05-10', '2026-05-10', 0],
      ['2025-12-31', '2026-01-01', -1],
    ])('%s against %s is %i', (a, b, expected) => {
      expect(Math.sign(compareDates(a, b))).toBe(expected);
    });

    it('sorts dates into calendar order', () => {
      expect(['2026-03-01', '2025-12-31', '2026-02-28'].sort(compareDates)).toEqual([
        '2025-12-31',
        '2026-02-28',
        '2026-03-01',
      ]);
    });
  });

  describe('malformed input', () => {
    it.each(['2026-02-30', '2026-13-01', 'yesterday', ''])('%j is refused rather than guessed', (date) => {
      expect(() => addMonths(date, 1)).toThrow(RangeError);
      expect(() => addDays(date, 1)).toThrow(RangeError);
      expect(() => daysBetween(date, '2026-01-01')).toThrow(RangeError);
      expect(() => daysBetween('2026-01-01', date)).toThrow(RangeError);
    });
  });
});

/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`): statutory deadlines, dates of death and decision dates are
 * days, not instants, so they carry no time and no zone. Arithmetic is in UTC, where every day has 24 hours.
 */
export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DAY_MS = 86_400_000;

/** The right format and a day that exists: 2024-02-29 is a date, 2023-02-29 and 2026-13-01 are not. */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Gregorian: every fourth year is a leap year, but a century only if divisible by 400 (2000, not 2100). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The ISO string of a day given by its parts, e.g. (2014, 2, 6) → 2014-02-06. */
export function calendarDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Calendar months later (or earlier, if negative), as statutory guidance counts them: the same day of the
 * month, or the last day of a shorter month (31 January + 1 month is 28 February, or 29 in a leap year).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return calendarDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** `to` minus `from` in whole days: 1 for consecutive days, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar day an instant falls on in UTC, the zone every deadline is kept in. */
export function todayIn(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayIn needs a valid instant');
  return calendarDate(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}

/** Negative when a is earlier, 0 when the same day, positive when later: a comparator for `sort`. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A malformed date here is a programming error (input is validated at the edge), so it throws. */
function parts(date: string): [number, number, number] {
  if (!isCalendarDate(date))
    throw new RangeError(`${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD)`);
  return date.split('-').map(Number) as [number, number, number];
}

/** Days since 1970-01-01. setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999. */
function dayNumber(date: string): number {
  const [year, month, day] = parts(date);
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / DAY_MS);
}

function fromDayNumber(days: number): string {
  return todayIn(new Date(days * DAY_MS));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

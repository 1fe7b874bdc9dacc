import { isCalendarDate } from '@dhr/platform-domain';

/**
 * Partnership plans are updated quarterly: leads are asked for an update each quarter. Decision: CALENDAR
 * quarters (Q1 = January-March, label "Q1 2014"), not the April-March financial year some councils use in
 * their own papers ("Q1 2014/15"); a plan that needs financial quarters can shift dates before asking.
 */
export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  year: number;
  quarter: QuarterNumber;
  /** "Q3 2026" */
  label: string;
}

/** The calendar quarter a 'YYYY-MM-DD' day falls in; a malformed date throws a RangeError. */
export function quarterOf(date: string): Quarter {
  if (!isCalendarDate(date))
    throw new RangeError(`${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD)`);
  const year = Number(date.slice(0, 4));
  const quarter = (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as QuarterNumber;
  return { year, quarter, label: `Q${quarter} ${year}` };
}

/**
 * An update is due when none has been given in the current quarter: never updated, or last updated in an
 * earlier quarter. Decision: an update dated in a later quarter than today (a typo, or a clock skew) counts
 * as given, so it never nags.
 */
export function updateDue(lastUpdateOn: string | null, today: string): boolean {
  const current = quarterIndex(quarterOf(today));
  if (lastUpdateOn === null) return true;
  return quarterIndex(quarterOf(lastUpdateOn)) < current;
}

function quarterIndex(quarter: Quarter): number {
  return quarter.year * 4 + quarter.quarter - 1;
}

import { FieldProblem } from '../api/problem';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** "2026-03-07" from day, month and year boxes; undefined when all are empty; a problem when not a real date. */
export function isoDateFrom(
  parts: DateParts,
  field: string,
  label: string,
): string | FieldProblem | undefined {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => part.trim());
  if (!day && !month && !year) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real =
    /^\d{1,2}$/.test(day ?? '') &&
    /^\d{1,2}$/.test(month ?? '') &&
    /^\d{4}$/.test(year ?? '') &&
    date.getUTCDate() === Number(day) &&
    date.getUTCMonth() === Number(month) - 1;
  return real
    ? date.toISOString().slice(0, 10)
    : { field, message: `${label} must be a real date, like 27 3 2026` };
}

export function partsOf(isoDate: string | null): DateParts | undefined {
  const match = isoDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) : null;
  return match
    ? { year: match[1] ?? '', month: String(Number(match[2])), day: String(Number(match[3])) }
    : undefined;
}

/** The start of a calendar day where the user is (UK users mean UK days), as an instant for the api. */
export function startOfDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1).toISOString();
}

/** The last moment of a calendar day where the user is: "to 3 March" includes all of 3 March. */
export function endOfDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(new Date(year ?? 0, (month ?? 1) - 1, (day ?? 1) + 1).getTime() - 1).toISOString();
}

/**
 * Reads a filter form: each field's trimmed text, and dates from their day, month and year boxes, with the
 * problems of dates that are not real collected for the error summary.
 */
export function filterFormReader(form: FormData, labels: Record<string, string>) {
  const problems: FieldProblem[] = [];
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const date = (field: string) => {
    const parts = { day: text(`${field}-day`), month: text(`${field}-month`), year: text(`${field}-year`) };
    const result = isoDateFrom(parts, field, labels[field] ?? field);
    if (typeof result === 'object') problems.push(result);
    return typeof result === 'string' ? result : '';
  };
  return { text, date, problems };
}

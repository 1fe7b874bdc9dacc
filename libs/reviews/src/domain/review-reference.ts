/**
 * A review's reference as partnerships write it, e.g. DHR-2026-004: the sequence is zero-padded to three
 * digits so references sort in order within a year, and simply grows past 999.
 */
export function formatReference(prefix: string, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`A review sequence is a whole number from 1, not ${sequence}`);
  }
  return `${prefix}-${year}-${String(sequence).padStart(3, '0')}`;
}

import { formatReference } from './review-reference';

describe('a review reference', () => {
  it.each([
    ['DHR', 2026, 4, 'DHR-2026-004'],
    ['DHR', 2026, 1, 'DHR-2026-001'],
    ['DHR', 2026, 10, 'DHR-2026-010'],
    ['DHR', 2026, 99, 'DHR-2026-099'],
    ['DHR', 2026, 100, 'DHR-2026-100'],
    ['DHR', 2026, 999, 'DHR-2026-999'],
    ['DHR', 2026, 1000, 'DHR-2026-1000'],
    ['DHR', 2026, 12345, 'DHR-2026-12345'],
    ['DARDR', 2025, 7, 'DARDR-2025-007'],
  ])('%s, %i, number %i reads %s', (prefix, year, sequence, reference) => {
    expect(formatReference(prefix, year, sequence)).toBe(reference);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses sequence %d, which no review has', (sequence) => {
    expect(() => formatReference('DHR', 2026, sequence)).toThrow(RangeError);
  });
});

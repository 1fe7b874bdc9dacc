import { decodeCursor, encodeCursor, toPage } from './cursor';

describe('cursor pagination', () => {
  it('round-trips a key and rejects tampering', () => {
    const cursor = encodeCursor('01a21002-2a7c-7615-b2ac-92838398e226');
    expect(decodeCursor(cursor)).toBe('01a21002-2a7c-7615-b2ac-92838398e226');
    expect(decodeCursor('not base64url!')).toBeUndefined();
    expect(decodeCursor('')).toBeUndefined();
  });

  it('offers a next page only when there is one more row than the limit', () => {
    expect(toPage(['a', 'b', 'c'], 2, (x) => x)).toEqual({
      items: ['a', 'b'],
      nextCursor: encodeCursor('b'),
    });
    expect(toPage(['a', 'b'], 2, (x) => x)).toEqual({ items: ['a', 'b'], nextCursor: null });
    expect(toPage([], 2, (x: string) => x)).toEqual({ items: [], nextCursor: null });
  });
});

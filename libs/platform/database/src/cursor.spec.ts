import { InvalidInputError } from '@dhr/platform-domain';
import { decodeCursor, encodeCursor, toPage } from './cursor';
import { isUuid } from './ids';

const ID = '01a21002-2a7c-7615-b2ac-92838398e226';
const isDatedId = (key: string) => {
  const [date, id, ...rest] = key.split('|');
  return rest.length === 0 && /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') && isUuid(id ?? '');
};

/** The problem a cursor raises, or 'first page' / the key when it decodes. */
function outcome(cursor: string | undefined, isValidKey: (key: string) => boolean): unknown {
  try {
    return decodeCursor(cursor, isValidKey) ?? 'first page';
  } catch (error) {
    return error instanceof InvalidInputError ? error.fieldProblems : error;
  }
}

const refused = [
  { field: 'cursor', message: 'This cursor was not given by this list: start from the first page' },
];

describe('cursor pagination', () => {
  it.each([
    ['no cursor', undefined, isUuid, 'first page'],
    ['an empty cursor', '', isUuid, 'first page'],
    ['a cursor the list gave', encodeCursor(ID), isUuid, ID],
    ['a composite key the list gave', encodeCursor(`2026-03-31|${ID}`), isDatedId, `2026-03-31|${ID}`],
    ['text that is not base64url', 'not base64url!', isUuid, refused],
    ['percent signs', '%%%', isUuid, refused],
    ['base64 with padding (not what the list gives)', `${encodeCursor('ab')}==`, () => true, refused],
    ['bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url'), () => true, refused],
    ['a well-encoded key that is not a uuid', encodeCursor('not-a-key'), isUuid, refused],
    ['a uuid where the list keys by date and uuid', encodeCursor(ID), isDatedId, refused],
    ['a key with SQL in it', encodeCursor(`${ID}' OR '1'='1`), isUuid, refused],
  ])('%s', (_case, cursor, isValidKey, expected) => {
    expect(outcome(cursor, isValidKey)).toEqual(expected);
  });

  it('round-trips every key it encodes', () => {
    for (const key of [ID, `2026-03-31|${ID}`, 'ünïcödé|key']) {
      expect(decodeCursor(encodeCursor(key), () => true)).toBe(key);
    }
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

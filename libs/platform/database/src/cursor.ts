import { InvalidInputError } from '@dhr/platform-domain';

/** Keyset pagination: a cursor is the opaque, URL-safe form of the last row's sort key. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/**
 * The sort key a list's cursor holds, or undefined for the first page (no cursor, or an empty one). A cursor
 * the list did not give (not base64url, or a key not of the list's shape) is the client's mistake, a 400 naming
 * `cursor`, never a malformed key sent to PostgreSQL nor silently the first page again.
 */
export function decodeCursor(
  cursor: string | undefined,
  isValidKey: (key: string) => boolean,
): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (key.length === 0 || encodeCursor(key) !== cursor || !isValidKey(key)) {
    throw new InvalidInputError([
      { field: 'cursor', message: 'This cursor was not given by this list: start from the first page' },
    ]);
  }
  return key;
}

/** Builds a page from rows fetched with limit + 1, so the presence of a next page costs no extra query. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

import { decodeCursor, encodeCursor, isUuid } from '@dhr/platform-database';
import { effectiveRagSql } from './rag.sql';

import { PlanSort } from '../domain/plan-sort';

/*
 * The orders of domain/plan-sort.ts in SQL. Every order ends with the natural reference and the id, so it is
 * total and a page can start after any row (keyset pagination on the tuple of keys).
 */

interface SortKey {
  /** The SQL expression over the action (alias `a`). */
  sql: string;
  /** Its type, for the cursor's value read back as a parameter. */
  type: 'boolean' | 'text' | 'date' | 'int' | 'uuid';
}

const reference: SortKey = { sql: `natural_sort_key(a.reference) COLLATE "C"`, type: 'text' };
const id: SortKey = { sql: 'a.id', type: 'uuid' };

/** `today` is the placeholder of the day's parameter, as effectiveRagSql takes it. */
function keysOf(sort: PlanSort, today: string): SortKey[] {
  switch (sort) {
    case 'plan':
      return [
        { sql: '(a.plan_section IS NULL)', type: 'boolean' },
        { sql: `natural_sort_key(coalesce(a.plan_section, '')) COLLATE "C"`, type: 'text' },
        reference,
        id,
      ];
    case 'target':
      return [
        { sql: '(a.target_date IS NULL)', type: 'boolean' },
        { sql: `coalesce(a.target_date, DATE '0001-01-01')`, type: 'date' },
        reference,
        id,
      ];
    case 'rag':
      return [
        {
          sql: `(CASE (${effectiveRagSql(today)}) WHEN 'red' THEN 0 WHEN 'amber' THEN 1 WHEN 'light_green' THEN 2 ELSE 3 END)`,
          type: 'int',
        },
        reference,
        id,
      ];
    case 'updated':
      return [
        { sql: '(a.last_update_on IS NOT NULL)', type: 'boolean' },
        { sql: `coalesce(a.last_update_on, DATE '0001-01-01')`, type: 'date' },
        reference,
        id,
      ];
  }
}

/** How a query builder orders, pages and reads back the keys of one order of the plan. */
export interface PlanOrder {
  /** ORDER BY, one expression at a time. */
  orderBy: string[];
  /** SELECT the keys as text, aliased sort_0, sort_1...: the cursor of the last row is made of them. */
  selects: [string, string][];
  /** The keyset condition for a page after `cursor`, with its parameters; none for the first page. */
  after: { sql: string; parameters: Record<string, string> } | null;
  /** The cursor of a row, from its raw sort_n values. */
  cursorOf(raw: Record<string, unknown>): string;
}

/** The order `sort`; its SQL needs the parameter `today` (the calendar day of the effective RAG). */
export function planOrder(sort: PlanSort, cursor?: string): PlanOrder {
  const keys = keysOf(sort, ':today');
  const values = cursor ? cursorValues(sort, keys, cursor) : null;
  return {
    orderBy: keys.map((key) => key.sql),
    selects: keys.map((key, i) => [`(${key.sql})::text`, `sort_${i}`]),
    after: values && {
      sql: `(${keys.map((key) => key.sql).join(', ')}) > (${keys
        .map((key, i) => `CAST(:sort_${i} AS ${key.type})${key.type === 'text' ? ' COLLATE "C"' : ''}`)
        .join(', ')})`,
      parameters: Object.fromEntries(values.map((value, i) => [`sort_${i}`, value])),
    },
    cursorOf: (raw) => encodeCursor(JSON.stringify([sort, ...keys.map((_, i) => String(raw[`sort_${i}`]))])),
  };
}

/** The key values a cursor of this order holds, or null for the first page; a 400 for any other cursor. */
function cursorValues(sort: PlanSort, keys: SortKey[], cursor: string): string[] | null {
  let values: string[] = [];
  const isValidKey = (text: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return false;
    }
    if (
      !Array.isArray(parsed) ||
      parsed.length !== keys.length + 1 ||
      parsed[0] !== sort ||
      !parsed.every((value) => typeof value === 'string')
    ) {
      return false;
    }
    values = parsed.slice(1) as string[];
    return keys.every((key, i) => isOfType(key.type, values[i] as string));
  };
  return decodeCursor(cursor, isValidKey) === undefined ? null : values;
}

function isOfType(type: SortKey['type'], value: string): boolean {
  switch (type) {
    case 'boolean':
      return value === 'true' || value === 'false';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/u.test(value);
    case 'int':
      return /^\d{1,3}$/u.test(value);
    case 'uuid':
      return isUuid(value);
    case 'text':
      return value.length <= 4000;
  }
}

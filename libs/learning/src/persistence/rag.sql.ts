/**
 * The effective RAG of an action (alias `a`) in SQL, mirroring domain/rag.ts `effectiveRag` rule by rule, with
 * `today` the placeholder of the day's parameter (`$3` in raw SQL, `:today` in a query builder). The dashboard
 * counts by it and the plan list filters by it; their e2e tests check it agrees with `effectiveRag`.
 */
export function effectiveRagSql(today: string): string {
  return `CASE
    WHEN a.status = 'closed' THEN 'green'
    WHEN a.completed_on IS NOT NULL THEN 'light_green'
    WHEN a.target_date IS NOT NULL AND a.target_date < ${today}::date THEN 'red'
    WHEN a.reported_rag = 'green' THEN 'light_green'
    WHEN a.reported_rag IS NOT NULL THEN a.reported_rag
    ELSE 'amber'
  END`;
}

/** `effectiveRag`'s reason 'overdue': incomplete, not signed off, and the target day has passed. */
export function overdueSql(today: string): string {
  return `(a.status <> 'closed' AND a.completed_on IS NULL AND a.target_date IS NOT NULL
    AND a.target_date < ${today}::date)`;
}

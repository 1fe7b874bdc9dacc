/**
 * The effective RAG of an action (alias `a`) in SQL, mirroring domain/rag.ts `effectiveRag` rule by rule, with
 * `today` as the first parameter placeholder given. The e2e test of the
 * dashboard checks it agrees with `effectiveRag` on every combination of inputs.
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

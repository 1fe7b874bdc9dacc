type Snapshot = Record<string, unknown> | null;

const show = (value: unknown): string =>
  value === null || value === undefined
    ? 'none'
    : Array.isArray(value)
      ? value.map(show).join(', ') || 'none'
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

/** The fields an event changed, each as before → after (or just the values, for a new record). */
function changesOf(before: Snapshot, after: Snapshot): { field: string; before?: string; after: string }[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .filter((field) => JSON.stringify(before?.[field]) !== JSON.stringify(after?.[field]))
    .map((field) => ({
      field,
      before: before ? show(before[field]) : undefined,
      after: after ? show(after[field]) : 'removed',
    }));
}

export function AuditChanges({ before, after }: { before: Snapshot; after: Snapshot }) {
  const changes = changesOf(before, after);
  if (changes.length === 0) return null;
  return (
    <details className="govuk-details govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {changes.length} {changes.length === 1 ? 'field' : 'fields'}
        </span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list govuk-body-s">
          {changes.map((change) => (
            <li key={change.field}>
              <strong>{change.field}</strong>:{' '}
              {change.before === undefined ? change.after : `${change.before} → ${change.after}`}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

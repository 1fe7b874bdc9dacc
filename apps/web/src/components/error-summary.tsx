import { ErrorSummary as GovukErrorSummary } from 'govuk-frontend';
import { useRef } from 'react';
import { FieldProblem, Problem } from '../api/problem';
import { useGovukComponent } from './use-govuk-component';

/** The form's labels by api field name: errors link to these fields and speak of them by their label. */
export type FieldLabels = Record<string, string>;

/** When a record changed under the user (412): what it is, and how to read it again. */
export interface StaleRecord {
  what: string;
  reload(): void;
}

const topField = (field: string) => field.split('.')[0] ?? field;

/** The api names fields as the code does ("displayName must not be empty"); people see the label instead. */
function messageFor(error: FieldProblem, labels: FieldLabels): string {
  const field = topField(error.field);
  const label = labels[field];
  return label && error.message.startsWith(`${field} `)
    ? `${label}${error.message.slice(field.length)}`
    : error.message;
}

/** The message to show beside a field, if the problem names it. */
export function fieldError(
  problem: Problem | undefined,
  field: string,
  labels: FieldLabels,
): string | undefined {
  const messages = problem?.errors
    ?.filter((error) => topField(error.field) === field)
    .map((error) => messageFor(error, labels));
  return messages?.length ? messages.join('. ') : undefined;
}

interface Props {
  problem: Problem | undefined;
  labels?: FieldLabels;
  stale?: StaleRecord;
}

const ids = new WeakMap<Problem, number>();
let nextId = 0;

/**
 * The GOV.UK error summary. Each new problem mounts a new summary, so GOV.UK Frontend focuses it (a screen
 * reader announces it) and its links move focus to the field at fault.
 */
export function ErrorSummary({ problem, labels = {}, stale }: Props) {
  if (!problem) return null;
  if (!ids.has(problem)) ids.set(problem, nextId++);
  return <Summary key={ids.get(problem)} problem={problem} labels={labels} stale={stale} />;
}

function Summary({ problem, labels, stale }: Props & { problem: Problem; labels: FieldLabels }) {
  const ref = useRef<HTMLDivElement>(null);
  useGovukComponent(ref, GovukErrorSummary);
  const errors = problem.errors?.length ? problem.errors : [];
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problem.status === 412 && stale ? (
              <li>
                {/* the api's own words (someone else changed it since you loaded it), then the way out */}
                {problem.detail}{' '}
                <a
                  href={window.location.pathname}
                  onClick={(event) => {
                    event.preventDefault();
                    stale.reload();
                  }}
                >
                  Reload {stale.what}
                </a>
              </li>
            ) : errors.length === 0 ? (
              <li>{problem.detail}</li>
            ) : (
              errors.map((error, index) => (
                <li key={index}>
                  {labels[topField(error.field)] ? (
                    <a href={`#${topField(error.field)}`}>{messageFor(error, labels)}</a>
                  ) : (
                    error.message
                  )}
                </li>
              ))
            )}
          </ul>
        </div>
      </div>
    </div>
  );
}

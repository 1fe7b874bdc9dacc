import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { FieldProblem, Problem } from '../../api/problem';
import { fieldError } from '../../components/error-summary';
import { DateInput, TextInput } from '../../components/fields';
import { ActionButton, onFormSubmit, useSingleFlight } from '../../components/page';
import { dateValue, Textarea, textValue } from '../../components/review-fields';
import { formatDate } from '../reviews/review-parts';
import { ImrSubPage, NotWritten, useImrSave } from './author-shared';
import { ifMatch, ImrRecommendation } from './imr-parts';

type Item = Schemas['RecommendationItem'];

/** The columns of Appendix B of the statutory guidance. */
const COLUMNS = {
  recommendation: 'Recommendation',
  lead: 'Lead',
  action: 'Action',
  keyMilestone: 'Key milestone',
  targetDate: 'Target date',
} as const;
type Column = keyof typeof COLUMNS;

const fieldId = (row: number, column: Column) => `rec-${row}-${column}`;

/** `items.0.lead must not be empty` becomes, on the field rec-0-lead, "Recommendation 1: Lead must not be empty". */
function rowProblem(problem: Problem | undefined): Problem | undefined {
  if (!problem?.errors) return problem;
  const errors: FieldProblem[] = problem.errors.map((error) => {
    const match = /^items\.(\d+)\.(\w+)$/.exec(error.field);
    const column = match?.[2] as Column | undefined;
    if (!match || !column || !(column in COLUMNS)) return error;
    const row = Number(match[1]);
    const said = error.message.startsWith(`${column} `)
      ? `${COLUMNS[column]}${error.message.slice(column.length)}`
      : error.message;
    return {
      field: fieldId(row, column),
      message: `Recommendation ${row + 1}: ${said.replace(/, written YYYY-MM-DD$/, '')}`,
    };
  });
  return { ...problem, errors };
}

function itemFrom(form: FormData, row: number): Item | undefined {
  const text = (column: Column) => textValue(form, fieldId(row, column));
  const targetDate = dateValue(form, fieldId(row, 'targetDate'));
  const item = {
    recommendation: text('recommendation') ?? '',
    lead: text('lead') ?? '',
    action: text('action') ?? '',
    keyMilestone: text('keyMilestone'),
    targetDate: targetDate ?? '',
  };
  const empty = !item.recommendation && !item.lead && !item.action && !item.keyMilestone && !targetDate;
  return empty ? undefined : item;
}

const dateParts = (iso: string) => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

function RecommendationsTable({ items }: { items: ImrRecommendation[] }) {
  if (items.length === 0) return <NotWritten />;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Recommendations</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {Object.values(COLUMNS).map((label) => (
            <th scope="col" className="govuk-table__header" key={label}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item, index) => (
          <tr className="govuk-table__row" key={index}>
            <td className="govuk-table__cell">{item.recommendation}</td>
            <td className="govuk-table__cell">{item.lead}</td>
            <td className="govuk-table__cell">{item.action}</td>
            <td className="govuk-table__cell">{item.keyMilestone}</td>
            <td className="govuk-table__cell">{formatDate(item.targetDate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Row {
  key: number;
  item?: ImrRecommendation;
}

function RecommendationsForm({
  items,
  etag,
  problem,
  onSave,
}: {
  items: ImrRecommendation[];
  etag: string;
  problem: Problem | undefined;
  onSave(items: Item[]): Promise<void>;
}) {
  const nextKey = useRef(items.length + 1);
  const [rows, setRows] = useState<Row[]>(() =>
    items.length ? items.map((item, key) => ({ key, item })) : [{ key: 0 }],
  );
  const once = useSingleFlight();
  const error = (id: string) => fieldError(problem, id, {});
  const add = () => {
    setRows((current) => [...current, { key: nextKey.current++ }]);
    // the new row's first field, once drawn
    setTimeout(() => document.getElementById(fieldId(rows.length, 'recommendation'))?.focus());
  };
  const submit = async (form: FormData) => {
    const collected = rows.map((_, row) => itemFrom(form, row));
    await onSave(collected.filter((item): item is Item => item !== undefined));
  };
  return (
    <form onSubmit={onFormSubmit(once, submit)} noValidate data-etag={etag}>
      {rows.map((row, index) => (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={row.key}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 className="govuk-fieldset__heading">Recommendation {index + 1}</h2>
          </legend>
          <Textarea
            id={fieldId(index, 'recommendation')}
            label={COLUMNS.recommendation}
            rows={3}
            defaultValue={row.item?.recommendation}
            error={error(fieldId(index, 'recommendation'))}
          />
          <TextInput
            id={fieldId(index, 'lead')}
            label={COLUMNS.lead}
            hint="The role responsible, for example Safeguarding Adults Lead"
            width="govuk-input--width-20"
            defaultValue={row.item?.lead}
            error={error(fieldId(index, 'lead'))}
          />
          <Textarea
            id={fieldId(index, 'action')}
            label={COLUMNS.action}
            rows={3}
            defaultValue={row.item?.action}
            error={error(fieldId(index, 'action'))}
          />
          <TextInput
            id={fieldId(index, 'keyMilestone')}
            label={`${COLUMNS.keyMilestone} (optional)`}
            defaultValue={row.item?.keyMilestone ?? undefined}
            error={error(fieldId(index, 'keyMilestone'))}
          />
          <DateInput
            id={fieldId(index, 'targetDate')}
            label={COLUMNS.targetDate}
            hint="For example, 31 3 2027"
            defaultValue={row.item ? dateParts(row.item.targetDate) : undefined}
            error={error(fieldId(index, 'targetDate'))}
          />
          <ActionButton
            variant="secondary"
            onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
          >
            Remove<span className="govuk-visually-hidden"> recommendation {index + 1}</span>
          </ActionButton>
        </fieldset>
      ))}
      <div className="govuk-button-group">
        <ActionButton variant="secondary" onClick={add}>
          Add another recommendation
        </ActionButton>
      </div>
      <ActionButton type="submit">Save recommendations</ActionButton>
    </form>
  );
}

/** The agency's proposed recommendations, in the columns of the action plan (Appendix B). */
export function RecommendationsPage() {
  const requestId = useParams().requestId ?? '';
  const [raw, save, clear] = useImrSave();
  const problem = rowProblem(raw);
  // every field at fault is linked from the error summary
  const labels = Object.fromEntries((problem?.errors ?? []).map((error) => [error.field, error.field]));
  return (
    <ImrSubPage
      title="Recommendations"
      section="recommendations"
      problem={problem}
      labels={labels}
      onReload={clear}
    >
      {(imr, editable, fetched) =>
        editable ? (
          <RecommendationsForm
            key={fetched.etag}
            items={imr.recommendations}
            etag={fetched.etag}
            problem={problem}
            onSave={(items) =>
              save(
                () =>
                  api.PUT('/api/v1/imr-requests/{requestId}/recommendations', {
                    params: { path: { requestId } },
                    headers: ifMatch(fetched.etag),
                    body: { items },
                  }),
                'Your recommendations have been saved.',
              )
            }
          />
        ) : (
          <RecommendationsTable items={imr.recommendations} />
        )
      }
    </ImrSubPage>
  );
}

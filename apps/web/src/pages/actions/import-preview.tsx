import { FormEvent } from 'react';
import { Schemas } from '../../api/client';
import { FieldProblem, formProblem, Problem } from '../../api/problem';
import { Agency } from '../../api/use-agencies';
import { FieldLabels } from '../../components/error-summary';
import { ActionButton } from '../../components/page';
import { formatDate, RAG_TAGS } from './action-parts';

export type PlanPreview = Schemas['PlanImportPreviewResponse'];
export type PlanRow = Schemas['PlanImportRowItem'];
/** field → 1-based column number, or null: not in the sheet */
export type PlanMapping = Record<string, number | null>;

/** The fields of an action plan the api reads, in the order a sheet usually has them. */
export const MAPPING_FIELDS: { field: string; label: string }[] = [
  { field: 'reference', label: 'Reference' },
  { field: 'section', label: 'Section' },
  { field: 'recommendation', label: 'Recommendation' },
  { field: 'planText', label: 'Plan text (what will be done)' },
  { field: 'leadAgency', label: 'Lead agency' },
  { field: 'leadOfficer', label: 'Lead officer' },
  { field: 'targetDate', label: 'Target date' },
  { field: 'milestones', label: 'Milestones' },
  { field: 'progress', label: 'Progress' },
  { field: 'rag', label: 'RAG rating' },
  { field: 'updatedOn', label: 'Date of the last update' },
  { field: 'decision', label: 'Decision on the recommendation (accepted, rejected, deferred)' },
  { field: 'scope', label: 'Scope of the recommendation (local, regional, national)' },
];

const MAX_SUMMARY_ERRORS = 50;

const KIND_LABELS: Record<PlanRow['kind'], string> = {
  action: 'Action',
  continuation: 'Continuation',
  section: 'Section',
  header: 'Header',
  footer: 'Footer',
  blank: 'Blank',
};

/** A as 1, B as 2, ... Z, AA, AB... as the spreadsheet names its columns. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const truncate = (text: string, length = 80) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

const rowId = (rowNumber: number) => `row-${rowNumber}`;

/**
 * The sheet's errors for the error summary: the first 50, each linked to its row in the table, then how many
 * more there are.
 */
export function previewProblem(preview: PlanPreview): { problem?: Problem; labels: FieldLabels } {
  const errors: FieldProblem[] = [];
  const labels: FieldLabels = {};
  for (const row of preview.rows) {
    for (const error of row.errors) {
      labels[rowId(row.rowNumber)] = `Row ${row.rowNumber}`;
      errors.push({ field: rowId(row.rowNumber), message: `Row ${row.rowNumber}: ${error.message}` });
    }
  }
  if (errors.length === 0) return { labels };
  const shown = errors.slice(0, MAX_SUMMARY_ERRORS);
  if (errors.length > shown.length) {
    shown.push({
      field: 'more',
      message: `And ${errors.length - shown.length} more errors: see the rows below`,
    });
  }
  return {
    problem: formProblem([
      {
        field: 'count',
        message: `The spreadsheet has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}: fix ${errors.length === 1 ? 'it' : 'them'} in the spreadsheet (or the column mapping) and preview it again`,
      },
      ...shown,
    ]),
    labels,
  };
}

/** The suggested (or adjusted) mapping: a column of the sheet for each field, to change and preview again. */
export function MappingForm({
  preview,
  onPreview,
}: {
  preview: PlanPreview;
  onPreview(mapping: PlanMapping): void;
}) {
  const mapped = Object.values(preview.mapping);
  const width = Math.max(preview.columns.length, ...mapped);
  const heading = new Map(preview.columns.map((column) => [column.number, column.heading]));
  const columnName = (number: number) => {
    const text = heading.get(number);
    return text ? `Column ${columnLetter(number)}: ${truncate(text, 40)}` : `Column ${columnLetter(number)}`;
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const mapping: PlanMapping = {};
    for (const { field } of MAPPING_FIELDS) {
      const value = String(form.get(`mapping-${field}`) ?? '');
      mapping[field] = value ? Number(value) : null;
    }
    onPreview(mapping);
  };
  return (
    <form onSubmit={submit} noValidate key={JSON.stringify(preview.mapping)}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Columns</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Field
            </th>
            <th scope="col" className="govuk-table__header">
              Column of the spreadsheet
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {MAPPING_FIELDS.map(({ field, label }) => (
            <tr className="govuk-table__row" key={field}>
              <th scope="row" className="govuk-table__header">
                <label className="govuk-label" htmlFor={`mapping-${field}`}>
                  {label}
                </label>
              </th>
              <td className="govuk-table__cell">
                <select
                  className="govuk-select"
                  id={`mapping-${field}`}
                  name={`mapping-${field}`}
                  defaultValue={String(preview.mapping[field] ?? '')}
                >
                  <option value="">Not in the spreadsheet</option>
                  {Array.from({ length: width }, (_, index) => (
                    <option key={index} value={index + 1}>
                      {columnName(index + 1)}
                    </option>
                  ))}
                </select>
                {preview.suggestedMapping[field] !== preview.mapping[field] && (
                  <div className="govuk-hint govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    Suggested:{' '}
                    {preview.suggestedMapping[field]
                      ? columnName(preview.suggestedMapping[field]).replace(/^Column/u, 'column')
                      : 'not in the spreadsheet'}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ActionButton type="submit" variant="secondary">
        Preview again with these columns
      </ActionButton>
    </form>
  );
}

/** How many rows of each kind the api found, and how many problems. */
export function PreviewSummary({ summary }: { summary: PlanPreview['summary'] }) {
  const items: [string, number][] = [
    ['Actions', summary.actions],
    ['Continuation rows merged into the action above', summary.continuations],
    ['Sections', summary.sections],
    ['Errors', summary.errors],
    ['Warnings', summary.warnings],
  ];
  return (
    <dl className="govuk-summary-list" id="preview-summary">
      {items.map(([label, value]) => (
        <div className="govuk-summary-list__row" key={label}>
          <dt className="govuk-summary-list__key">{label}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function targetText(row: PlanRow): string {
  if (row.kind !== 'action') return row.targetText;
  if (row.targetDate) return formatDate(row.targetDate);
  return row.targetText ? `To be agreed (“${truncate(row.targetText, 40)}”)` : 'To be agreed';
}

/** Every row of the sheet as the api read it, with its errors (red) and warnings. */
export function PreviewRows({ rows, agencies }: { rows: PlanRow[]; agencies: Agency[] }) {
  const agencyName = (row: PlanRow) =>
    (row.leadAgencyId && agencies.find((agency) => agency.id === row.leadAgencyId)?.name) || row.leadAgency;
  return (
    <table className="govuk-table" id="preview-rows">
      <caption className="govuk-table__caption govuk-table__caption--m">Rows of the spreadsheet</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {['Row', 'Kind', 'Reference', 'Plan text', 'Lead agency', 'Target date', 'RAG', 'Problems'].map(
            (header) => (
              <th scope="col" className="govuk-table__header" key={header}>
                {header}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows
          .filter((row) => row.kind !== 'blank')
          .map((row) => (
            <tr className="govuk-table__row" key={row.rowNumber} id={rowId(row.rowNumber)} tabIndex={-1}>
              <th scope="row" className="govuk-table__header">
                {row.rowNumber}
              </th>
              <td className="govuk-table__cell">
                {KIND_LABELS[row.kind]}
                {row.kind === 'continuation' && row.continues !== null && ` of row ${row.continues}`}
              </td>
              <td className="govuk-table__cell">{row.reference ?? ''}</td>
              <td className="govuk-table__cell">
                {truncate(row.kind === 'section' ? (row.section ?? row.description) : row.description)}
              </td>
              <td className="govuk-table__cell">
                {row.kind === 'action' ? agencyName(row) : ''}
                {row.leadOfficerName && (
                  <span className="govuk-body-s govuk-!-display-block">{row.leadOfficerName}</span>
                )}
              </td>
              <td className="govuk-table__cell">{targetText(row)}</td>
              <td className="govuk-table__cell">
                {row.rag && (
                  <strong className={`govuk-tag govuk-tag--${RAG_TAGS[row.rag]?.colour ?? 'grey'}`}>
                    {RAG_TAGS[row.rag]?.label ?? row.rag}
                  </strong>
                )}
              </td>
              <td className="govuk-table__cell">
                {row.errors.map((error, index) => (
                  <p className="govuk-error-message govuk-!-margin-bottom-1" key={`e${index}`}>
                    <span className="govuk-visually-hidden">Error:</span> {error.message}
                  </p>
                ))}
                {row.warnings.map((warning, index) => (
                  <p className="govuk-body-s govuk-!-margin-bottom-1" key={`w${index}`}>
                    <strong>Warning:</strong> {warning.message}
                  </p>
                ))}
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

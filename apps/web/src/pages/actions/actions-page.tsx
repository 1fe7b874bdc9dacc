import { FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { FieldProblem, formProblem, Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { useFetched } from '../../api/use-fetched';
import { ErrorSummary, fieldError } from '../../components/error-summary';
import { DateInput, Select } from '../../components/fields';
import { ButtonLink, Loading, SuccessBanner, usePageTitle } from '../../components/page';
import { CursorPagination } from '../../components/pagination';
import { useSession } from '../../session/session';
import { isoDateFrom, partsOf } from '../audit-dates';
import { PlanDownloads } from '../learning/dashboard-plan-export';
import {
  ACTION_STATUS_LABELS,
  ActionStatus,
  formatDate,
  RAG_TAGS,
  RagRating,
  RagTag,
  targetDateText,
} from './action-parts';

const LABELS = {
  agencyId: 'Lead agency',
  rag: 'RAG rating',
  status: 'Status',
  dueFrom: 'Due from',
  dueTo: 'Due to',
};

const truncate = (text: string, length = 90) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/** The partnership's action plan, filtered by the address's query, a page at a time. */
export function ActionsPage() {
  const { can } = useSession();
  const [search] = useSearchParams();
  const agencies = useAgencies(true);
  const [filterProblem, setFilterProblem] = useState<Problem>();
  const query = {
    agencyId: search.get('agencyId') ?? undefined,
    rag: (search.get('rag') ?? undefined) as RagRating | undefined,
    status: (search.get('status') ?? undefined) as ActionStatus | undefined,
    dueFrom: search.get('dueFrom') ?? undefined,
    dueTo: search.get('dueTo') ?? undefined,
    cursor: search.get('cursor') ?? undefined,
  };
  const actions = useFetched(
    () => api.GET('/api/v1/actions', { params: { query: { ...query, limit: 25 } } }),
    [search.toString()],
  );
  usePageTitle('Action plan', filterProblem ?? actions.problem);
  const agencyName = (id: string) => agencies.data?.find((agency) => agency.id === id)?.name ?? '';

  return (
    <>
      <SuccessBanner />
      <ErrorSummary problem={filterProblem ?? actions.problem} labels={LABELS} />
      <h1 className="govuk-heading-l">Action plan</h1>
      {can('learning.manage') && <ButtonLink to="/actions/new">Add an action</ButtonLink>}
      {can('learning.manage') && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/actions/import">
            Import a spreadsheet
          </Link>
        </p>
      )}
      <PlanFilters
        agencies={(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
        problem={filterProblem}
        onProblem={setFilterProblem}
      />
      {!actions.data ? (
        !actions.problem && <Loading />
      ) : actions.data.items.length === 0 ? (
        <p className="govuk-body">
          There are no actions{search.toString() ? ' that match these filters' : ''}.
        </p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Actions</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {[
                'Reference',
                'What will be done',
                'Lead agency',
                'Lead officer',
                'Target date',
                'RAG',
                'Last update',
              ].map((header) => (
                <th scope="col" className="govuk-table__header" key={header}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {actions.data.items.map((action) => (
              <tr className="govuk-table__row" key={action.id}>
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/actions/${action.id}`}>
                    {action.reference}
                  </Link>
                </th>
                <td className="govuk-table__cell">{truncate(action.description)}</td>
                <td className="govuk-table__cell">{agencyName(action.leadAgencyId)}</td>
                <td className="govuk-table__cell">{action.leadOfficerName ?? 'Not named'}</td>
                <td className="govuk-table__cell">{targetDateText(action)}</td>
                <td className="govuk-table__cell">
                  <RagTag rag={action.rag} />
                </td>
                <td className="govuk-table__cell">{formatDate(action.lastUpdateOn, 'No update yet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {actions.data && <CursorPagination nextCursor={actions.data.nextCursor} firstLabel="First page" />}
      <PlanDownloads />
    </>
  );
}

function PlanFilters({
  agencies,
  problem,
  onProblem,
}: {
  agencies: { value: string; label: string }[];
  problem: Problem | undefined;
  onProblem(problem: Problem | undefined): void;
}) {
  const [search, setSearch] = useSearchParams();
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const problems: FieldProblem[] = [];
    const date = (field: 'dueFrom' | 'dueTo') => {
      const parts = { day: text(`${field}-day`), month: text(`${field}-month`), year: text(`${field}-year`) };
      const result = isoDateFrom(parts, field, LABELS[field]);
      if (typeof result === 'object') problems.push(result);
      return typeof result === 'string' ? result : '';
    };
    const filters: Record<string, string> = {
      agencyId: text('agencyId'),
      rag: text('rag'),
      status: text('status'),
      dueFrom: date('dueFrom'),
      dueTo: date('dueTo'),
    };
    if (problems.length) return onProblem(formProblem(problems));
    onProblem(undefined);
    setSearch(Object.fromEntries(Object.entries(filters).filter(([, value]) => value)));
  };
  const error = (field: string) => fieldError(problem, field, LABELS);
  return (
    <form onSubmit={apply} noValidate key={`${search.toString()} ${agencies.length}`}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="agencyId"
            label={LABELS.agencyId}
            defaultValue={search.get('agencyId') ?? ''}
            options={[{ value: '', label: 'All agencies' }, ...agencies]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="rag"
            label={LABELS.rag}
            defaultValue={search.get('rag') ?? ''}
            options={[
              { value: '', label: 'Any rating' },
              ...Object.entries(RAG_TAGS).map(([value, tag]) => ({ value, label: tag.label })),
            ]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="status"
            label={LABELS.status}
            defaultValue={search.get('status') ?? ''}
            options={[
              { value: '', label: 'Any status' },
              ...Object.entries(ACTION_STATUS_LABELS).map(([value, label]) => ({ value, label })),
            ]}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <DateInput
            id="dueFrom"
            label={LABELS.dueFrom}
            hint="Target date on or after"
            defaultValue={partsOf(search.get('dueFrom'))}
            error={error('dueFrom')}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <DateInput
            id="dueTo"
            label={LABELS.dueTo}
            hint="Target date on or before"
            defaultValue={partsOf(search.get('dueTo'))}
            error={error('dueTo')}
          />
        </div>
        <div className="govuk-grid-column-one-third app-filters">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Apply filters
          </button>
        </div>
      </div>
    </form>
  );
}

import { Fragment, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { useFetched } from '../../api/use-fetched';
import { ErrorSummary } from '../../components/error-summary';
import { ButtonLink, Loading, SuccessBanner, usePageTitle } from '../../components/page';
import { CursorPagination } from '../../components/pagination';
import { useSession } from '../../session/session';
import { PlanDownloads } from '../learning/dashboard-plan-export';
import { ActionStatus, formatDate, RagRating, RagTag, targetDateText } from './action-parts';
import { FILTER_LABELS, PlanFilters, PlanSort } from './plan-filters';

type ActionSummary = Schemas['ActionSummaryResponse'];
const COLUMNS = [
  'Reference',
  'What will be done',
  'Lead agency',
  'Lead officer',
  'Target date',
  'RAG',
  'Last update',
];

const truncate = (text: string, length = 90) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/**
 * The partnership's action plan, filtered and ordered by the address's query, a page at a time; in the plan's
 * own order, under the headings of its sections (priorities or themes).
 */
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
    reviewId: search.get('reviewId') ?? undefined,
    leadOfficer: search.get('leadOfficer') ?? undefined,
    sort: (search.get('sort') ?? undefined) as PlanSort | undefined,
    cursor: search.get('cursor') ?? undefined,
  };
  const reviews = useFetched(() => api.GET('/api/v1/reviews', { params: { query: { limit: 100 } } }), []);
  const actions = useFetched(
    () => api.GET('/api/v1/actions', { params: { query: { ...query, limit: 25 } } }),
    [search.toString()],
  );
  usePageTitle('Action plan', filterProblem ?? actions.problem);
  const agencyName = (id: string) => agencies.data?.find((agency) => agency.id === id)?.name ?? '';

  return (
    <>
      <SuccessBanner />
      <ErrorSummary problem={filterProblem ?? actions.problem} labels={FILTER_LABELS} />
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
        reviews={(reviews.data?.items ?? []).map((review) => ({ value: review.id, label: review.reference }))}
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
        <PlanTable
          actions={actions.data.items}
          bySection={!query.sort || query.sort === 'plan'}
          agencyName={agencyName}
        />
      )}
      {actions.data && <CursorPagination nextCursor={actions.data.nextCursor} firstLabel="First page" />}
      <PlanDownloads />
    </>
  );
}

/** The actions as rows; in the plan's order, a heading row starts each section. */
function PlanTable({
  actions,
  bySection,
  agencyName,
}: {
  actions: ActionSummary[];
  bySection: boolean;
  agencyName(id: string): string;
}) {
  const anySection = actions.some((action) => action.planSection);
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Actions</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {COLUMNS.map((header) => (
            <th scope="col" className="govuk-table__header" key={header}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {actions.map((action, i) => {
          const section = action.planSection ?? 'Other actions';
          const startsSection =
            bySection &&
            anySection &&
            (i === 0 || (actions[i - 1]?.planSection ?? 'Other actions') !== section);
          return (
            <Fragment key={action.id}>
              {startsSection && (
                <tr className="govuk-table__row app-plan-section">
                  <th scope="colgroup" colSpan={COLUMNS.length} className="govuk-table__header">
                    {section}
                  </th>
                </tr>
              )}
              <tr className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/actions/${action.id}`}>
                    {action.reference}
                  </Link>
                </th>
                <td className="govuk-table__cell">{truncate(action.description)}</td>
                <td className="govuk-table__cell">{agencyName(action.leadAgencyId)}</td>
                <td className="govuk-table__cell">{action.leadOfficer ?? 'Not named'}</td>
                <td className="govuk-table__cell">{targetDateText(action)}</td>
                <td className="govuk-table__cell">
                  <RagTag rag={action.rag} />
                </td>
                <td className="govuk-table__cell">{formatDate(action.lastUpdateOn, 'No update yet')}</td>
              </tr>
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { Problem, toProblem } from '../api/problem';
import { useFetched } from '../api/use-fetched';
import { ErrorSummary } from '../components/error-summary';
import {
  ActionButton,
  ButtonLink,
  Loading,
  SuccessBanner,
  usePageTitle,
  useSingleFlight,
} from '../components/page';
import { useSession } from '../session/session';

/** The system administrator's page: partnerships (the tenants), their first coordinators, background jobs. */
export function PartnershipsPage() {
  const { can } = useSession();
  const partnerships = useFetched(() => api.GET('/api/v1/partnerships'), []);
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  usePageTitle('Partnerships', problem ?? partnerships.problem);

  // the dashboard is another app under /admin: it is let in by a short-lived cookie set for this browser
  const openQueueDashboard = () =>
    once(async () => {
      const result = await api.POST('/api/v1/admin/queue-dashboard-session');
      if (!result.response.ok) return setProblem(toProblem(result));
      window.location.assign('/admin/queues');
    });

  return (
    <>
      <SuccessBanner />
      <ErrorSummary problem={problem ?? partnerships.problem} />
      <h1 className="govuk-heading-l">Partnerships</h1>
      <p className="govuk-body">
        Each Community Safety Partnership works in the service on its own: no partnership sees another’s
        records.
      </p>
      <ButtonLink to="/partnerships/new">Set up a partnership</ButtonLink>
      {!partnerships.data && !partnerships.problem && <Loading />}
      {partnerships.data && partnerships.data.items.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">All partnerships</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Name
              </th>
              <th scope="col" className="govuk-table__header">
                Review references
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {partnerships.data.items.map((partnership) => (
              <tr className="govuk-table__row" key={partnership.id}>
                <td className="govuk-table__cell">{partnership.name}</td>
                <td className="govuk-table__cell">{partnership.referencePrefix}-YYYY-NNN</td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/partnerships/${partnership.id}/coordinators/new`}>
                    Invite a coordinator<span className="govuk-visually-hidden"> to {partnership.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {partnerships.data?.items.length === 0 && <p className="govuk-body">There are no partnerships yet.</p>}
      {can('queues.admin') && (
        <>
          <h2 className="govuk-heading-m">Background jobs</h2>
          <p className="govuk-body">
            The queue dashboard shows the jobs the worker runs, such as sending emails, and lets you retry
            failed ones.
          </p>
          <ActionButton variant="secondary" onClick={() => void openQueueDashboard()}>
            Open the queue dashboard
          </ActionButton>
        </>
      )}
    </>
  );
}

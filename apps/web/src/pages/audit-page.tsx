import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, Schemas } from '../api/client';
import { useAgencies } from '../api/use-agencies';
import { Problem } from '../api/problem';
import { useFetched } from '../api/use-fetched';
import { ErrorSummary } from '../components/error-summary';
import { formatDateTime } from '../components/labels';
import { Loading, usePageTitle } from '../components/page';
import { CursorPagination } from '../components/pagination';
import { AuditChanges } from './audit-changes';
import { endOfDay, startOfDay } from './audit-dates';
import { AUDIT_FILTER_LABELS, AuditFilters } from './audit-filters';

type AuditEvent = Schemas['AuditEventResponse'];

// changes made by the service itself (set-up, scheduled jobs) carry the nil id as their actor
const SYSTEM_ACTOR = '00000000-0000-0000-0000-000000000000';

export function AuditPage() {
  const [search] = useSearchParams();
  const filter = (name: string) => search.get(name) ?? undefined;
  const from = filter('from');
  const to = filter('to');
  const query = {
    limit: 50,
    cursor: filter('cursor'),
    entityType: filter('entityType'),
    entityId: filter('entityId'),
    action: filter('action'),
    actorUserId: filter('actorUserId'),
    from: from && startOfDay(from),
    to: to && endOfDay(to),
  };
  const events = useFetched(() => api.GET('/api/v1/audit', { params: { query } }), [search.toString()]);
  // names for the ids in the log: the people and agencies of this partnership
  const users = useFetched(() => api.GET('/api/v1/users', { params: { query: { limit: 200 } } }), []);
  const agencies = useAgencies(true);
  const [filterProblem, setFilterProblem] = useState<Problem>();
  usePageTitle('Audit log', filterProblem ?? events.problem);

  const userName = (id: string) => users.data?.items.find((user) => user.id === id)?.displayName;
  const agencyName = (id: string) => agencies.data?.find((agency) => agency.id === id)?.name;
  const people = [
    { id: SYSTEM_ACTOR, name: 'The service itself' },
    ...(users.data?.items.map((user) => ({ id: user.id, name: user.displayName })) ?? []),
  ];

  const actor = (id: string) =>
    id === SYSTEM_ACTOR ? 'The service' : (userName(id) ?? `User ${id.slice(0, 8)}`);
  const record = (event: AuditEvent) => {
    const name =
      event.entityType === 'user'
        ? userName(event.entityId)
        : event.entityType === 'agency'
          ? agencyName(event.entityId)
          : undefined;
    const path =
      event.entityType === 'user' ? '/users' : event.entityType === 'agency' ? '/agencies' : undefined;
    if (!name || !path) return `${event.entityType} ${event.entityId.slice(0, 8)}`;
    return (
      <>
        {event.entityType}{' '}
        <Link className="govuk-link" to={`${path}/${event.entityId}`}>
          {name}
        </Link>
      </>
    );
  };

  return (
    <>
      <ErrorSummary problem={filterProblem ?? events.problem} labels={AUDIT_FILTER_LABELS} />
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">
        Every change in the partnership, newest first. Nothing here can be changed.
      </p>
      {search.get('entityId') && (
        <p className="govuk-body">
          Showing the history of one record.{' '}
          <Link className="govuk-link" to="/audit">
            Show every record
          </Link>
        </p>
      )}
      <AuditFilters people={people} problem={filterProblem} onProblem={setFilterProblem} />
      {!events.data && !events.problem && <Loading />}
      {events.data?.items.length === 0 && <p className="govuk-body">No events match these filters.</p>}
      {events.data && events.data.items.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Events</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                When
              </th>
              <th scope="col" className="govuk-table__header">
                Action
              </th>
              <th scope="col" className="govuk-table__header">
                Record
              </th>
              <th scope="col" className="govuk-table__header">
                By
              </th>
              <th scope="col" className="govuk-table__header">
                Changes
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {events.data.items.map((event) => (
              <tr className="govuk-table__row" key={event.id}>
                <td className="govuk-table__cell app-nowrap">{formatDateTime(event.occurredAt)}</td>
                <td className="govuk-table__cell">{event.action}</td>
                <td className="govuk-table__cell">{record(event)}</td>
                <td className="govuk-table__cell app-nowrap">{actor(event.actorUserId)}</td>
                <td className="govuk-table__cell app-nowrap">
                  <AuditChanges before={event.before} after={event.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {events.data && <CursorPagination nextCursor={events.data.nextCursor} firstLabel="Newest events" />}
    </>
  );
}

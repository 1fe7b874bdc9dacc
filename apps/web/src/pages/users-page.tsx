import { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, Role, Schemas } from '../api/client';
import { useAgencies } from '../api/use-agencies';
import { useFetched } from '../api/use-fetched';
import { ErrorSummary } from '../components/error-summary';
import { PARTNERSHIP_ROLES, roleLabels, USER_STATUS, USER_STATUSES } from '../components/labels';
import { ButtonLink, Loading, SuccessBanner, Tag, usePageTitle } from '../components/page';
import { CursorPagination, filtersFrom } from '../components/pagination';
import { useSession } from '../session/session';

type UserStatus = Schemas['UserResponse']['status'];

export function UsersPage() {
  const { can } = useSession();
  const [search, setSearch] = useSearchParams();
  const agencies = useAgencies(true);
  const role = (search.get('role') ?? undefined) as Role | undefined;
  const status = (search.get('status') ?? undefined) as UserStatus | undefined;
  const agencyId = search.get('agencyId') ?? undefined;
  const cursor = search.get('cursor') ?? undefined;
  const users = useFetched(
    () => api.GET('/api/v1/users', { params: { query: { limit: 50, role, status, agencyId, cursor } } }),
    [role, status, agencyId, cursor],
  );
  usePageTitle('Users', users.problem);
  const agencyName = (id: string | null) => agencies.data?.find((agency) => agency.id === id)?.name ?? '';
  const filtered = Boolean(role || status || agencyId);

  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(filtersFrom(event.currentTarget));
  };

  return (
    <>
      <SuccessBanner />
      <ErrorSummary problem={users.problem ?? agencies.problem} />
      <h1 className="govuk-heading-l">Users</h1>
      {can('users.manage') && <ButtonLink to="/users/new">Invite a user</ButtonLink>}
      {/* key: the choices follow the address (back, forward) and appear once the agencies arrive */}
      <form
        className="govuk-grid-row app-filters"
        onSubmit={applyFilters}
        key={`${search.toString()} ${agencies.data ? 'with agencies' : ''}`}
      >
        <div className="govuk-grid-column-one-quarter govuk-form-group">
          <label className="govuk-label" htmlFor="role">
            Role
          </label>
          <select className="govuk-select" id="role" name="role" defaultValue={role ?? ''}>
            <option value="">Any role</option>
            {PARTNERSHIP_ROLES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-grid-column-one-quarter govuk-form-group">
          <label className="govuk-label" htmlFor="agencyId">
            Agency
          </label>
          <select className="govuk-select" id="agencyId" name="agencyId" defaultValue={agencyId ?? ''}>
            <option value="">Any agency</option>
            {agencies.data?.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-grid-column-one-quarter govuk-form-group">
          <label className="govuk-label" htmlFor="status">
            Status
          </label>
          <select className="govuk-select" id="status" name="status" defaultValue={status ?? ''}>
            <option value="">Any status</option>
            {USER_STATUSES.map((value) => (
              <option key={value} value={value}>
                {USER_STATUS[value].label}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-grid-column-one-quarter">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Apply filters
          </button>
        </div>
      </form>
      {filtered && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/users">
            Clear filters
          </Link>
        </p>
      )}
      {!users.data && !users.problem && <Loading />}
      {users.data && users.data.items.length === 0 && (
        <p className="govuk-body">{filtered ? 'No users match these filters.' : 'There are no users yet.'}</p>
      )}
      {users.data && users.data.items.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {filtered ? 'Users matching the filters' : 'All users'}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Name
              </th>
              <th scope="col" className="govuk-table__header">
                Roles
              </th>
              <th scope="col" className="govuk-table__header">
                Agency
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {users.data.items.map((user) => (
              <tr className="govuk-table__row" key={user.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/users/${user.id}`}>
                    {user.displayName}
                  </Link>
                  <br />
                  <span className="govuk-body-s">{user.email}</span>
                </td>
                <td className="govuk-table__cell">{roleLabels(user.roles)}</td>
                <td className="govuk-table__cell">{agencyName(user.agencyId)}</td>
                <td className="govuk-table__cell">
                  <Tag colour={USER_STATUS[user.status].colour}>{USER_STATUS[user.status].label}</Tag>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {users.data && <CursorPagination nextCursor={users.data.nextCursor} firstLabel="First page" />}
    </>
  );
}

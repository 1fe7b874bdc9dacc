import { Link } from 'react-router';
import { useAgencies } from '../api/use-agencies';
import { ErrorSummary } from '../components/error-summary';
import { ButtonLink, Loading, SuccessBanner, Tag, usePageTitle } from '../components/page';
import { useSession } from '../session/session';

export function AgenciesPage() {
  const { can } = useSession();
  const agencies = useAgencies(true);
  usePageTitle('Agencies', agencies.problem);
  const manage = can('agencies.manage');
  return (
    <>
      <SuccessBanner />
      <ErrorSummary problem={agencies.problem} />
      <h1 className="govuk-heading-l">Agencies</h1>
      <p className="govuk-body">The organisations that take part in the partnership’s reviews.</p>
      {manage && <ButtonLink to="/agencies/new">Add an agency</ButtonLink>}
      {!agencies.data && !agencies.problem && <Loading />}
      {agencies.data?.length === 0 && <p className="govuk-body">There are no agencies yet.</p>}
      {agencies.data && agencies.data.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">All agencies</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Name
              </th>
              <th scope="col" className="govuk-table__header">
                Short name
              </th>
              <th scope="col" className="govuk-table__header">
                Type
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {agencies.data.map((agency) => (
              <tr className="govuk-table__row" key={agency.id}>
                <td className="govuk-table__cell">
                  {manage ? (
                    <Link className="govuk-link" to={`/agencies/${agency.id}`}>
                      {agency.name}
                    </Link>
                  ) : (
                    agency.name
                  )}
                </td>
                <td className="govuk-table__cell">{agency.shortName ?? ''}</td>
                <td className="govuk-table__cell">{agency.typeLabel}</td>
                <td className="govuk-table__cell">
                  <Tag colour={agency.active ? 'green' : 'grey'}>{agency.active ? 'Active' : 'Inactive'}</Tag>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

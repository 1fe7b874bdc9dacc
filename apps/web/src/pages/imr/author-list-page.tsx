import { Link } from 'react-router';
import { api } from '../../api/client';
import { useFetched } from '../../api/use-fetched';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, SuccessBanner, usePageTitle } from '../../components/page';
import { useSession } from '../../session/session';
import { formatDate } from '../reviews/review-parts';
import { ImrStatusTag, OverdueTag } from './imr-parts';

/** "Your agency's IMRs": every request sent to the signed-in author's (or senior manager's) agency. */
export function ImrListPage() {
  const { me } = useSession();
  const requests = useFetched(async () => {
    const result = await api.GET('/api/v1/my-imr-requests');
    return { ...result, data: result.data?.items };
  }, []);
  usePageTitle('Your agency’s IMRs');

  return (
    <>
      <SuccessBanner />
      <ErrorSummary problem={requests.problem} />
      {me?.agency && <span className="govuk-caption-l">{me.agency.name}</span>}
      <h1 className="govuk-heading-l">Your agency’s IMRs</h1>
      {!requests.data ? (
        !requests.problem && <Loading />
      ) : requests.data.length === 0 ? (
        <p className="govuk-body">Your agency has not been asked for an IMR yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Requests sent to your agency
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Review
              </th>
              <th scope="col" className="govuk-table__header">
                Asked for
              </th>
              <th scope="col" className="govuk-table__header">
                Due
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {requests.data.map((request) => (
              <tr className="govuk-table__row" key={request.id}>
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/imr/${request.id}`} style={{ whiteSpace: 'nowrap' }}>
                    {request.reviewReference}
                    <span className="govuk-visually-hidden">: {request.kindLabel}</span>
                  </Link>
                </th>
                <td className="govuk-table__cell">{request.kindLabel}</td>
                <td className="govuk-table__cell">
                  {formatDate(request.dueOn)} <OverdueTag request={request} />
                </td>
                <td className="govuk-table__cell">
                  <ImrStatusTag request={request} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

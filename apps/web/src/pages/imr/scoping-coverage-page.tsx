import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useAgencies } from '../../api/use-agencies';
import { useFetched } from '../../api/use-fetched';
import { ImrStatusTag } from './imr-parts';
import { agencyName, ImrReviewFrame } from './scoping-parts';

/**
 * Which agency has answered which question of the terms of reference (their latest agreed version): one row
 * per agency asked, one column per question, a tick where the agency has given an answer.
 */
export function ImrCoveragePage() {
  const reviewId = useParams().reviewId ?? '';
  const agencies = useAgencies(true);
  const coverage = useFetched(
    () => api.GET('/api/v1/reviews/{reviewId}/imr-coverage', { params: { path: { reviewId } } }),
    [reviewId],
  );
  return (
    <ImrReviewFrame
      title="Coverage of the terms of reference"
      capability="view"
      back={{ to: '/imrs', label: 'Back to the agency requests' }}
      loading={{ problem: coverage.problem, ready: coverage.data !== undefined }}
    >
      {() => {
        const { questionNumbers = [], rows = [] } = coverage.data ?? {};
        if (questionNumbers.length === 0) {
          return (
            <p className="govuk-body">
              No terms of reference have been agreed yet, so there are no questions.
            </p>
          );
        }
        if (rows.length === 0)
          return <p className="govuk-body">No agency has been asked for information yet.</p>;
        return (
          <>
            <p className="govuk-body">
              The questions of the latest agreed terms of reference, and whether each agency has answered
              them.
            </p>
            <div
              style={{ overflowX: 'auto' }}
              tabIndex={0}
              role="region"
              aria-label="Coverage by agency and question"
            >
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--m">
                  Answers by agency and question
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Agency
                    </th>
                    {questionNumbers.map((number) => (
                      <th key={number} scope="col" className="govuk-table__header">
                        Question {number}
                      </th>
                    ))}
                    <th scope="col" className="govuk-table__header">
                      Status
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {rows.map((row) => (
                    <tr className="govuk-table__row" key={row.request.id}>
                      <th scope="row" className="govuk-table__header">
                        {agencyName(agencies.data, row.request.agencyId)}
                      </th>
                      {questionNumbers.map((number) => {
                        const answered = row.answered.includes(number);
                        return (
                          <td key={number} className="govuk-table__cell">
                            {answered && <span aria-hidden="true">✓</span>}
                            <span className="govuk-visually-hidden">
                              {answered ? 'answered' : 'not answered'}
                            </span>
                          </td>
                        );
                      })}
                      <td className="govuk-table__cell">
                        <ImrStatusTag request={row.request} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        );
      }}
    </ImrReviewFrame>
  );
}

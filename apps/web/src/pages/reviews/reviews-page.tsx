import { Link } from 'react-router';
import { api } from '../../api/client';
import { useFetched } from '../../api/use-fetched';
import { ErrorSummary } from '../../components/error-summary';
import { ButtonLink, Loading, SuccessBanner, Tag, usePageTitle } from '../../components/page';
import { useSession } from '../../session/session';
import { ClockStatus, formatDate, ReviewSummary } from './review-parts';

const STAGE_ORDER = [
  'notified',
  'setting_up',
  'evidence_gathering',
  'drafting',
  'consultation',
  'signed_off',
  'submitted',
  'cleared',
  'published',
  'closed',
  'declined',
  'transferred',
];

/** Every review of the partnership, a page of the api at a time (a partnership has tens, not thousands). */
async function allReviews() {
  const items: ReviewSummary[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const result = await api.GET('/api/v1/reviews', { params: { query: { limit: 200, cursor } } });
    if (!result.data) return { ...result, data: undefined };
    items.push(...result.data.items);
    if (!result.data.nextCursor) return { ...result, data: items };
    cursor = result.data.nextCursor;
  }
  return { data: items, response: new Response() };
}

/** The partnership's dashboard: its reviews by stage, with the statutory clocks of each. */
export function ReviewsPage() {
  const { can } = useSession();
  const reviews = useFetched(allReviews, []);
  usePageTitle('Reviews');

  const stages = STAGE_ORDER.map((status) => ({
    status,
    items: (reviews.data ?? []).filter((review) => review.status === status),
  })).filter((stage) => stage.items.length > 0);

  return (
    <>
      <SuccessBanner />
      <ErrorSummary problem={reviews.problem} />
      <h1 className="govuk-heading-l">Reviews</h1>
      {can('reviews.notify') && <ButtonLink to="/reviews/new">Record a notification</ButtonLink>}
      <p className="govuk-body">
        <Link className="govuk-link" to="/review-policy">
          Time limits for decisions and completion
        </Link>
      </p>
      {!reviews.data ? (
        !reviews.problem && <Loading />
      ) : stages.length === 0 ? (
        <p className="govuk-body">There are no reviews yet.</p>
      ) : (
        stages.map((stage) => (
          <section key={stage.status} aria-labelledby={`stage-${stage.status}`}>
            <h2 className="govuk-heading-m" id={`stage-${stage.status}`}>
              {stage.items[0]?.statusLabel} ({stage.items.length})
            </h2>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">
                Reviews at {stage.items[0]?.statusLabel}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Reference
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Notified
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Decision
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Completion
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {stage.items.map((review) => (
                  <tr className="govuk-table__row" key={review.id}>
                    <th scope="row" className="govuk-table__header">
                      <Link
                        className="govuk-link"
                        to={`/reviews/${review.id}`}
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        {review.reference}
                      </Link>
                      {review.clocks.paused && (
                        <>
                          {' '}
                          <Tag colour="purple">Paused</Tag>
                        </>
                      )}
                    </th>
                    <td className="govuk-table__cell">{formatDate(review.notifiedOn)}</td>
                    <td className="govuk-table__cell">
                      <ClockStatus clock={review.clocks.decision} />
                    </td>
                    <td className="govuk-table__cell">
                      <ClockStatus clock={review.clocks.completion} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))
      )}
    </>
  );
}

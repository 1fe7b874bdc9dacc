import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { Problem } from '../../api/problem';
import { Agency, useAgencies } from '../../api/use-agencies';
import { useSingleFlight } from '../../components/page';
import { formatDate, reviewProblem } from '../reviews/review-parts';
import { versionTag } from '../reviews/review-record-parts';
import { ImrRequest, ImrStatusTag, OverdueTag } from './imr-parts';
import {
  agencyName,
  ImrReviewFrame,
  nameOf,
  Person,
  TableHead,
  useImrRequests,
  usePeople,
} from './scoping-parts';
import { AskAgencyForm, SCOPE_LABELS } from './scoping-form';

/**
 * Scoping and progress of a review's evidence gathering: what each agency is asked for, by whom, by when and
 * where it stands; the coordinator and the chair ask further agencies and send the requests.
 */
export function ImrScopingPage() {
  const reviewId = useParams().reviewId ?? '';
  const requests = useImrRequests(reviewId);
  const agencies = useAgencies(true);
  const people = usePeople();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const once = useSingleFlight();

  const send = (request: ImrRequest) =>
    once(async () => {
      const result = await api.POST('/api/v1/imr-requests/{requestId}/sending', {
        params: { path: { requestId: request.id } },
        headers: { 'if-match': versionTag(request.version) },
      });
      requests.reload();
      if (!result.data) {
        setNotice(undefined);
        return setProblem(reviewProblem(result));
      }
      setProblem(undefined);
      setNotice(`The request has been sent to ${agencyName(agencies.data, request.agencyId)}.`);
    });

  const scoped = (request: ImrRequest) => {
    setProblem(undefined);
    setNotice(
      `${agencyName(agencies.data, request.agencyId)} has been added. Send the request when it is ready.`,
    );
    requests.reload();
  };

  return (
    <ImrReviewFrame
      title="Agency requests (IMRs)"
      capability="view"
      back={{ to: '', label: 'Back to the review' }}
      loading={{ problem: requests.problem, ready: requests.data !== undefined }}
      problem={problem}
      labels={SCOPE_LABELS}
      notice={notice}
      stale={{
        what: 'the requests',
        reload: () => {
          setProblem(undefined);
          requests.reload();
        },
      }}
    >
      {(review) => {
        const canWork = review.capabilities.includes('work');
        const list = requests.data ?? [];
        return (
          <>
            {list.length === 0 ? (
              <p className="govuk-body">No agency has been asked for information yet.</p>
            ) : (
              <RequestsTable
                reviewId={reviewId}
                requests={list}
                agencies={agencies.data}
                people={people}
                onSend={canWork ? send : undefined}
              />
            )}
            <p className="govuk-body">
              <Link className="govuk-link" to={`/reviews/${reviewId}/imrs/coverage`}>
                Coverage of the terms of reference by agency
              </Link>
            </p>
            <p className="govuk-body">
              <Link className="govuk-link" to={`/reviews/${reviewId}/chronology`}>
                Combined chronology
              </Link>
            </p>
            {canWork && (
              <AskAgencyForm
                reviewId={reviewId}
                agencies={(agencies.data ?? []).filter(
                  (agency) => agency.active && !list.some((request) => request.agencyId === agency.id),
                )}
                people={people}
                onProblem={(found) => {
                  setNotice(undefined);
                  setProblem(found);
                }}
                onScoped={scoped}
              />
            )}
          </>
        );
      }}
    </ImrReviewFrame>
  );
}

function RequestsTable(props: {
  reviewId: string;
  requests: ImrRequest[];
  agencies: Agency[] | undefined;
  people: Person[] | undefined;
  onSend?: (request: ImrRequest) => Promise<void>;
}) {
  const { requests, agencies, people, onSend } = props;
  const columns = ['Agency', 'Asked for', 'Author', 'Senior manager', 'Due', 'Status'];
  return (
    <table className="govuk-table app-imr-requests">
      <caption className="govuk-table__caption govuk-table__caption--m">
        What each agency is asked for
      </caption>
      <TableHead columns={[...columns, <span className="govuk-visually-hidden">Actions</span>]} />
      <tbody className="govuk-table__body">
        {requests.map((request) => {
          const agency = agencyName(agencies, request.agencyId);
          const reached = ['submitted', 'returned', 'accepted'].includes(request.status);
          return (
            <tr className="govuk-table__row" key={request.id}>
              <th scope="row" className="govuk-table__header">
                {agency}
              </th>
              <td className="govuk-table__cell">{request.kindLabel}</td>
              <td className="govuk-table__cell">{nameOf(people, request.authorUserId, 'IMR author')}</td>
              <td className="govuk-table__cell">
                {nameOf(people, request.seniorManagerUserId, 'Senior manager')}
              </td>
              <td className="govuk-table__cell">
                {formatDate(request.dueOn)}
                {request.overdue && (
                  <>
                    {' '}
                    <OverdueTag request={request} />
                  </>
                )}
              </td>
              <td className="govuk-table__cell">
                <ImrStatusTag request={request} />
              </td>
              <td className="govuk-table__cell">
                {request.status === 'scoped' && onSend && (
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onClick={() => void onSend(request)}
                  >
                    Send<span className="govuk-visually-hidden"> the request to {agency}</span>
                  </button>
                )}
                {reached && (
                  <Link className="govuk-link" to={`/reviews/${props.reviewId}/imrs/${request.id}`}>
                    {request.status === 'submitted' ? 'Review' : 'View'}
                    <span className="govuk-visually-hidden"> the submission of {agency}</span>
                  </Link>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { useFetched } from '../../api/use-fetched';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { ActionButton, ButtonLink, useSingleFlight } from '../../components/page';
import { formatDate } from '../reviews/review-parts';
import { versionTag } from '../reviews/review-record-parts';
import { ImrContent, RevisionHistory } from './chair-imr-sections';
import { ImrStatusTag, ImrWorkspace, imrProblem, OverdueTag, useImr } from './imr-parts';
import { agencyName, ImrReviewFrame, nameOf, usePeople } from './scoping-parts';

/** The chronology the agency gave with its IMR. */
export function useChronology(requestId: string) {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/imr-requests/{requestId}/chronology-entries', {
      params: { path: { requestId } },
    });
    return { ...result, data: result.data?.items };
  }, [requestId]);
}

/** The IMR's title: whose it is and what it is. */
export const imrTitle = (agency: string, imr: ImrWorkspace) => `${imr.request.kindLabel}: ${agency}`;

/**
 * The chair's reading of one agency's submission: its answers, chronology, findings, recommendations and
 * statement, every version submitted and what became of it; while it is with the chair, returned for
 * amendment or accepted.
 */
export function ChairImrPage() {
  const { reviewId = '', requestId = '' } = useParams();
  const imr = useImr(requestId);
  const chronology = useChronology(requestId);
  const agencies = useAgencies(true);
  const people = usePeople();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const once = useSingleFlight();
  const current = imr.data;
  const agency = current ? agencyName(agencies.data, current.request.agencyId) : 'Agency';
  const wrongReview =
    current && current.request.reviewId !== reviewId
      ? { status: 404, code: 'not_found', detail: 'IMR request was not found.' }
      : undefined;

  const accept = () =>
    once(async () => {
      if (!current) return;
      const result = await api.POST('/api/v1/imr-requests/{requestId}/acceptance', {
        params: { path: { requestId } },
        headers: { 'if-match': versionTag(current.request.version) },
      });
      if (!result.data) return setProblem(imrProblem(result));
      setProblem(undefined);
      setNotice(`The ${result.data.request.kindLabel.toLowerCase()} from ${agency} has been accepted.`);
      imr.reload();
    });

  return (
    <ImrReviewFrame
      title={current ? imrTitle(agency, current) : 'IMR'}
      capability="view"
      back={{ to: '/imrs', label: 'Back to the agency requests' }}
      loading={{ problem: imr.problem ?? wrongReview, ready: current !== undefined }}
      problem={problem}
      notice={notice}
      stale={{
        what: 'this IMR',
        reload: () => {
          setProblem(undefined);
          imr.reload();
          chronology.reload();
        },
      }}
    >
      {() => {
        if (!current) return null;
        const request = current.request;
        const decides = current.capabilities.includes('manage') && request.status === 'submitted';
        return (
          <>
            <SummaryList>
              <SummaryRow label="Status">
                <ImrStatusTag request={request} /> <OverdueTag request={request} />
              </SummaryRow>
              <SummaryRow label="Asked for">{request.kindLabel}</SummaryRow>
              <SummaryRow label="Author">{nameOf(people, request.authorUserId, 'IMR author')}</SummaryRow>
              <SummaryRow label="Senior manager">
                {nameOf(people, request.seniorManagerUserId, 'Senior manager')}
              </SummaryRow>
              <SummaryRow label="Due">{formatDate(request.dueOn)}</SummaryRow>
              <SummaryRow label="Terms of reference">
                {current.termsVersionNumber ? `Version ${current.termsVersionNumber}` : 'Not sent yet'}
              </SummaryRow>
              {request.signedOffAt && (
                <SummaryRow label="Signed off">{formatDate(request.signedOffAt.slice(0, 10))}</SummaryRow>
              )}
            </SummaryList>
            {decides && (
              <div className="govuk-button-group">
                <ActionButton onClick={() => void accept()}>Accept</ActionButton>
                <ButtonLink secondary to={`/reviews/${reviewId}/imrs/${requestId}/return`}>
                  Return for amendment
                </ButtonLink>
              </div>
            )}
            <ImrContent imr={current} chronology={chronology.data} />
            <RevisionHistory revisions={current.revisions} />
          </>
        );
      }}
    </ImrReviewFrame>
  );
}

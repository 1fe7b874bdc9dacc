import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { newIdempotencyKey, Problem } from '../../api/problem';
import { useFetched } from '../../api/use-fetched';
import { ErrorSummary } from '../../components/error-summary';
import {
  ActionButton,
  Loading,
  PageProblem,
  SuccessBanner,
  Tag,
  usePageTitle,
  useSingleFlight,
} from '../../components/page';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { formatDate, reviewProblem, useReview } from './review-parts';
import { can, documentName, ReviewDocument, useReviewDocuments } from './review-record-parts';

export type Submission = Schemas['SubmissionResponse'];

export const SUBMISSION_PARTS = [
  ['overviewReport', 'Overview report'],
  ['executiveSummary', 'Executive summary'],
  ['actionPlan', 'Action plan'],
  ['signOffLetter', 'CSP sign-off letter'],
] as const;

export type SubmissionPart = (typeof SUBMISSION_PARTS)[number][0];

/** The review's submission versions, newest first. */
export function useSubmissions(reviewId: string) {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/reviews/{reviewId}/submissions', {
      params: { path: { reviewId } },
    });
    return {
      ...result,
      data: result.data?.items.slice().sort((a, b) => b.versionNumber - a.versionNumber),
    };
  }, [reviewId]);
}

function statusOf(submission: Submission) {
  if (!submission.sentOn) return <Tag colour="grey">Not sent</Tag>;
  if (!submission.qa) return <Tag colour="blue">Sent, awaiting outcome</Tag>;
  return submission.qa.outcome === 'cleared' ? (
    <Tag colour="green">Cleared</Tag>
  ) : (
    <Tag colour="orange">Resubmit</Tag>
  );
}

function Version({
  submission,
  documents,
  actions,
}: {
  submission: Submission;
  documents: ReviewDocument[] | undefined;
  actions: { to: string; text: string }[];
}) {
  const check = submission.anonymisationCheck;
  const qa = submission.qa;
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`version-${submission.versionNumber}`}>
      <h2 className="govuk-heading-m" id={`version-${submission.versionNumber}`}>
        Version {submission.versionNumber} {statusOf(submission)}
      </h2>
      <SummaryList>
        {SUBMISSION_PARTS.map(([part, label]) => (
          <SummaryRow key={part} label={label}>
            {documentName(documents, submission.documents[part])}
          </SummaryRow>
        ))}
        <SummaryRow label="Anonymisation check">
          {check ? `Recorded on ${formatDate(check.checkedAt)}` : 'Not recorded'}
        </SummaryRow>
        <SummaryRow label="Sent to the Home Office">
          {submission.sentOn ? formatDate(submission.sentOn) : 'Not sent'}
        </SummaryRow>
        <SummaryRow label="Home Office QA outcome">
          {qa
            ? `${qa.outcome === 'cleared' ? 'Cleared' : 'Resubmit'} on ${formatDate(qa.outcomeOn)}`
            : submission.sentOn
              ? 'Awaited'
              : 'Not sent yet'}
        </SummaryRow>
        {qa && <SummaryRow label="QA letter">{documentName(documents, qa.letterDocumentId)}</SummaryRow>}
      </SummaryList>
      {!submission.sentOn && submission.missing.length > 0 && (
        <p className="govuk-body">Still to do before sending: {submission.missing.join(', ')}.</p>
      )}
      {actions.length > 0 && (
        <ul className="govuk-list">
          {actions.map((action) => (
            <li key={action.to}>
              <Link className="govuk-link" to={action.to}>
                {action.text}
                <span className="govuk-visually-hidden"> (version {submission.versionNumber})</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The versions of the bundle sent to the Home Office, and what to do with the latest one. */
export function SubmissionsPage() {
  const reviewId = useParams().reviewId ?? '';
  const review = useReview(reviewId);
  const submissions = useSubmissions(reviewId);
  const documents = useReviewDocuments(reviewId);
  const [problem, setProblem] = useState<Problem>();
  const [message, setMessage] = useState<string>();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const once = useSingleFlight();
  usePageTitle('Submissions to the Home Office', problem);

  const failed = review.problem ?? submissions.problem;
  if (failed) return <PageProblem problem={failed} />;
  if (!review.data || !submissions.data) return <Loading />;
  const current = review.data;
  const administer = can(current, 'administer');
  const [latest] = submissions.data;
  const base = `/reviews/${reviewId}/submissions`;
  const canStart = administer && current.status === 'signed_off' && (!latest || latest.sentOn !== null);

  const start = () =>
    once(async () => {
      const result = await api.POST('/api/v1/reviews/{reviewId}/submissions', {
        params: { path: { reviewId } },
        headers: { 'idempotency-key': idempotencyKey },
      });
      setIdempotencyKey(newIdempotencyKey());
      if (!result.data) return setProblem(reviewProblem(result));
      setProblem(undefined);
      setMessage(`Version ${result.data.versionNumber} has been started.`);
      submissions.reload();
    });

  const actionsFor = (submission: Submission) => {
    if (!administer || submission !== latest) return [];
    if (!submission.sentOn) {
      return [
        { to: `${base}/documents`, text: 'Attach the documents' },
        { to: `${base}/anonymisation-check`, text: 'Record the anonymisation check' },
        { to: `${base}/send`, text: 'Send to the Home Office' },
      ];
    }
    if (!submission.qa && current.status === 'submitted') {
      return [{ to: `${base}/qa-outcome`, text: 'Record the Home Office QA outcome' }];
    }
    return [];
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/reviews/${reviewId}`} className="govuk-back-link">
          Back to {current.reference}
        </Link>
        <ErrorSummary problem={problem} />
        <SuccessBanner message={message} />
        <span className="govuk-caption-l">{current.reference}</span>
        <h1 className="govuk-heading-l">Submissions to the Home Office</h1>
        <p className="govuk-body">
          Each version holds the overview report, executive summary, action plan and CSP sign-off letter. A
          version is sent once every part is attached and the anonymisation check is recorded, and never
          changes after.
        </p>
        {canStart && <ActionButton onClick={() => void start()}>Start a new version</ActionButton>}
        {submissions.data.length === 0 && <p className="govuk-body">No version has been started yet.</p>}
        {submissions.data.map((submission) => (
          <Version
            key={submission.id}
            submission={submission}
            documents={documents.data}
            actions={actionsFor(submission)}
          />
        ))}
      </div>
    </div>
  );
}

import { ReactNode, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiResult, Problem } from '../../api/problem';
import { ErrorSummary, fieldError, FieldLabels } from '../../components/error-summary';
import {
  ActionButton,
  BackLink,
  Loading,
  Notice,
  onFormSubmit,
  PageProblem,
  usePageTitle,
  useSingleFlight,
} from '../../components/page';
import { Capability, Review, reviewProblem, useReview } from './review-parts';

type Send = (reviewId: string, etag: string, form: FormData) => Promise<ApiResult<Review>>;

interface CommandProps {
  title: string;
  capability: Capability;
  labels: FieldLabels;
  button: string;
  success: string;
  /** better words for a field's problem (a radio not chosen) */
  messages?: Record<string, string>;
  send: Send;
  fields(review: Review, error: (field: string) => string | undefined): ReactNode;
}

/**
 * One command on a review, as a page of its own: the form, sent with If-Match (the review's version as
 * this page read it); on success, back to the review with a banner.
 */
export function ReviewCommandPage({
  title,
  capability,
  labels,
  button,
  success,
  messages,
  send,
  fields,
}: CommandProps) {
  const reviewId = useParams().reviewId ?? '';
  const navigate = useNavigate();
  const review = useReview(reviewId);
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  usePageTitle(title, problem);

  if (review.problem) return <PageProblem problem={review.problem} />;
  if (!review.data) return <Loading />;
  const current = review.data;
  if (!current.capabilities.includes(capability)) {
    return (
      <PageProblem
        problem={{ status: 403, code: 'forbidden', detail: 'Your roles on this review do not include this.' }}
      />
    );
  }

  const submit = async (form: FormData) => {
    const result = await send(reviewId, review.etag, form);
    if (!result.data) return setProblem(reviewProblem(result, messages));
    const notice: Notice = { notice: success };
    void navigate(`/reviews/${reviewId}`, { state: notice });
  };
  const error = (field: string) => fieldError(problem, field, labels);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/reviews/${reviewId}`}>Back to {current.reference}</BackLink>
        <ErrorSummary
          problem={problem}
          labels={labels}
          stale={{
            what: 'this review',
            reload: () => {
              setProblem(undefined);
              review.reload();
            },
          }}
        />
        <span className="govuk-caption-l">{current.reference}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <form key={review.etag} onSubmit={onFormSubmit(once, submit)} noValidate>
          {fields(current, error)}
          <ActionButton type="submit">{button}</ActionButton>
        </form>
      </div>
    </div>
  );
}

import { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ApiResult } from '../../api/problem';
import { FieldLabels } from '../../components/error-summary';
import { Loading, PageProblem } from '../../components/page';
import { useCommandForm } from '../../components/use-command-form';
import { Capability, Review, reviewProblem, useReview } from './review-parts';
import { can, FormFrame, NOT_ALLOWED } from './review-record-parts';

/** The review as this page read it, for the command's request: its id in the path, its version in If-Match. */
export interface ReviewCommandRequest {
  params: { path: { reviewId: string } };
  headers: { 'if-match': string };
}

type Send = (request: ReviewCommandRequest, form: FormData) => Promise<ApiResult<Review>>;

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
  const review = useReview(reviewId);
  const back = `/reviews/${reviewId}`;
  const form = useCommandForm({
    title,
    labels,
    success,
    returnTo: back,
    problemOf: (result) => reviewProblem(result, messages),
  });

  if (review.problem) return <PageProblem problem={review.problem} />;
  if (!review.data) return <Loading />;
  const current = review.data;
  if (!can(current, capability)) return <PageProblem problem={NOT_ALLOWED} />;
  const request: ReviewCommandRequest = {
    params: { path: { reviewId } },
    headers: { 'if-match': review.etag },
  };

  return (
    <FormFrame
      back={{ to: back, text: `Back to ${current.reference}` }}
      caption={current.reference}
      title={title}
      problem={form.problem}
      labels={labels}
      stale={form.stale('this review', review)}
      formKey={review.etag}
      onSubmit={form.onSubmit((data) => send(request, data))}
      button={button}
    >
      {fields(current, form.error)}
    </FormFrame>
  );
}

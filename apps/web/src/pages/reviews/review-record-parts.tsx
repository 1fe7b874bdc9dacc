import { FormEvent, ReactNode } from 'react';
import { api, Schemas } from '../../api/client';
import { ApiResult, Problem } from '../../api/problem';
import { Fetched, useFetched } from '../../api/use-fetched';
import { ErrorSummary, FieldLabels } from '../../components/error-summary';
import { ActionButton, BackLink } from '../../components/page';
import { Capability, Review } from './review-parts';

export type ReviewDocument = Schemas['DocumentResponse'];

/** The page for someone whose roles on the review do not include what the page does. */
export const NOT_ALLOWED: Problem = {
  status: 403,
  code: 'forbidden',
  detail: 'Your roles on this review do not include this.',
};

export const can = (review: Review, capability: Capability) => review.capabilities.includes(capability);

/** If-Match for a record whose version came in its body (a list's items carry their versions). */
export const versionTag = (version: number) => `"${version}"`;

/** 2026-11-27 as the date input's three boxes show it; nothing when there is no date. */
export function dateParts(iso: string | null | undefined) {
  if (!iso) return undefined;
  const [year = '', month = '', day = ''] = iso.slice(0, 10).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** The documents attached to a review, newest first: the parts of a submission are chosen from these. */
export function useReviewDocuments(reviewId: string): Fetched<ReviewDocument[]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/documents', {
      params: { query: { ownerType: 'review', ownerId: reviewId, limit: 200 } },
    });
    return { ...result, data: result.data?.items };
  }, [reviewId]);
}

/** Attaches a file to the review (multipart, field `file`). */
export function uploadReviewDocument(reviewId: string, file: File): Promise<ApiResult<ReviewDocument>> {
  return api.POST('/api/v1/documents', {
    params: { query: { ownerType: 'review', ownerId: reviewId } },
    // the schema types a binary as a string; the browser sends the file itself in a FormData
    body: { file: file as unknown as string },
    bodySerializer: (body) => {
      const form = new FormData();
      form.append('file', body.file as unknown as File);
      return form;
    },
  });
}

export function documentName(documents: readonly ReviewDocument[] | undefined, id: string | null) {
  if (!id) return 'Not attached';
  return documents?.find((document) => document.id === id)?.filename ?? 'A document attached to the review';
}

interface FormFrameProps {
  back: { to: string; text: string };
  caption: string;
  title: string;
  problem: Problem | undefined;
  labels: FieldLabels;
  /** what a stale version (412) reloads */
  stale: { what: string; reload(): void };
  formKey: string;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  button: string;
  /** said before the form */
  intro?: ReactNode;
  children: ReactNode;
}

/** A form page about a review's record: back link, error summary, caption and heading, the form. */
export function FormFrame(props: FormFrameProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={props.back.to}>{props.back.text}</BackLink>
        <ErrorSummary problem={props.problem} labels={props.labels} stale={props.stale} />
        <span className="govuk-caption-l">{props.caption}</span>
        <h1 className="govuk-heading-l">{props.title}</h1>
        {props.intro}
        <form key={props.formKey} onSubmit={props.onSubmit} noValidate>
          {props.children}
          <ActionButton type="submit">{props.button}</ActionButton>
        </form>
      </div>
    </div>
  );
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

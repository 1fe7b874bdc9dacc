import { ErrorSummary as GovukErrorSummary } from 'govuk-frontend';
import { ReactNode, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { Problem } from '../../api/problem';
import { Agency } from '../../api/use-agencies';
import { Fetched, useFetched } from '../../api/use-fetched';
import { ErrorSummary, FieldLabels, StaleRecord } from '../../components/error-summary';
import { BackLink, Loading, PageProblem, SuccessBanner, usePageTitle } from '../../components/page';
import { useGovukComponent } from '../../components/use-govuk-component';
import { Capability, Review, useReview } from '../reviews/review-parts';
import { NOT_ALLOWED } from '../reviews/review-record-parts';
import { ImrRequest } from './imr-parts';

export type Person = Schemas['UserResponse'];

/** Every agency's request on one review. */
export function useImrRequests(reviewId: string): Fetched<ImrRequest[]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/reviews/{reviewId}/imr-requests', {
      params: { path: { reviewId } },
    });
    return { ...result, data: result.data?.items };
  }, [reviewId]);
}

/**
 * The partnership's people, when the user may read them (the coordinator); undefined for anyone else (the
 * chair), whose pages then speak of "the IMR author" rather than by name.
 */
export function usePeople(): Person[] | undefined {
  const people = useFetched(async () => {
    const result = await api.GET('/api/v1/users', { params: { query: { limit: 200 } } });
    return { ...result, data: result.data?.items };
  }, []);
  return people.data;
}

/** A person's name when the user may read it, else what they are on the request. */
export function nameOf(people: Person[] | undefined, userId: string | null, role: string): string {
  if (!userId) return 'None';
  return people?.find((person) => person.id === userId)?.displayName ?? role;
}

export const agencyName = (agencies: readonly Agency[] | undefined, agencyId: string) =>
  agencies?.find((agency) => agency.id === agencyId)?.name ?? 'Agency';

export const TERMS_NOT_AGREED = 'terms_of_reference_not_agreed';

/**
 * The error summary; a request that cannot be sent because no terms of reference are agreed (rule 4) says
 * so and links to the terms of reference, where they are agreed.
 */
export function ImrErrorSummary(props: { problem?: Problem; labels?: FieldLabels; stale?: StaleRecord }) {
  const reviewId = useParams().reviewId ?? '';
  if (props.problem?.code === TERMS_NOT_AGREED) {
    return <TermsNotAgreed key={props.problem.detail} problem={props.problem} reviewId={reviewId} />;
  }
  return <ErrorSummary {...props} problem={props.problem} />;
}

function TermsNotAgreed({ problem, reviewId }: { problem: Problem; reviewId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useGovukComponent(ref, GovukErrorSummary);
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{problem.detail}</p>
          <ul className="govuk-list govuk-error-summary__list">
            <li>
              <Link to={`/reviews/${reviewId}/terms-of-reference`}>
                Agree the terms of reference before sending requests
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}

interface FrameProps {
  title: string;
  caption?: string;
  capability: Capability;
  back: { to: string; label: string };
  loading?: { problem?: Problem; ready: boolean };
  problem?: Problem;
  labels?: FieldLabels;
  stale?: StaleRecord;
  /** a success message for a change made on this page */
  notice?: string;
  children(review: Review): ReactNode;
}

/** A page of a review's IMR work: back link, banner, error summary (rule 4 with its way out), caption, title. */
export function ImrReviewFrame(props: FrameProps) {
  const reviewId = useParams().reviewId ?? '';
  const review = useReview(reviewId);
  usePageTitle(props.title, props.problem);
  const problem = review.problem ?? props.loading?.problem;
  if (problem) return <PageProblem problem={problem} />;
  if (!review.data || props.loading?.ready === false) return <Loading />;
  const current = review.data;
  if (!current.capabilities.includes(props.capability)) return <PageProblem problem={NOT_ALLOWED} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink to={`/reviews/${reviewId}${props.back.to}`}>{props.back.label}</BackLink>
        <SuccessBanner message={props.notice} />
        <ImrErrorSummary problem={props.problem} labels={props.labels} stale={props.stale} />
        <span className="govuk-caption-l">{props.caption ?? current.reference}</span>
        <h1 className="govuk-heading-l">{props.title}</h1>
        {props.children(current)}
      </div>
    </div>
  );
}

/** A GOV.UK table's header row. */
export function TableHead({ columns }: { columns: ReactNode[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column, index) => (
          <th key={index} scope="col" className="govuk-table__header">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

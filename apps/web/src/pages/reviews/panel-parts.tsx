import { ReactNode } from 'react';
import { useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { Problem } from '../../api/problem';
import { Fetched, useFetched } from '../../api/use-fetched';
import { ErrorSummary, FieldLabels, StaleRecord } from '../../components/error-summary';
import { BackLink, Loading, PageProblem, SuccessBanner, usePageTitle } from '../../components/page';
import { Capability, Review, useReview } from './review-parts';
import { NOT_ALLOWED } from './review-record-parts';

export type PanelMember = Schemas['PanelMemberResponse'];
export type PanelMeeting = Schemas['PanelMeetingResponse'];
export type TermsVersion = Schemas['TermsOfReferenceResponse'];
export type ApproximateDate = Schemas['ApproximateDateDto'];

const path = (reviewId: string) => ({ params: { path: { reviewId } } });

export function usePanelMembers(reviewId: string): Fetched<PanelMember[]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/reviews/{reviewId}/panel-members', path(reviewId));
    return { ...result, data: result.data?.items };
  }, [reviewId]);
}

export function useMeetings(reviewId: string): Fetched<PanelMeeting[]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/reviews/{reviewId}/meetings', path(reviewId));
    // oldest first, as minutes are read
    return { ...result, data: result.data?.items.slice().sort((a, b) => a.heldOn.localeCompare(b.heldOn)) };
  }, [reviewId]);
}

export function useTermsVersions(reviewId: string): Fetched<TermsVersion[]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/reviews/{reviewId}/terms-of-reference', path(reviewId));
    return { ...result, data: result.data?.items.slice().sort((a, b) => a.versionNumber - b.versionNumber) };
  }, [reviewId]);
}

/** The ETag of a record read from a list (its version, quoted), for If-Match. */

/** A member serves on a date when they had joined by then and had not yet left. */
export const servingOn = (member: PanelMember, date: string) =>
  member.joinedOn <= date && (member.leftOn === null || member.leftOn >= date);

/** One line of a textarea per item: trimmed, blank lines dropped. */
export const linesOf = (form: FormData, id: string) =>
  String(form.get(id) ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

interface FrameProps {
  title: string;
  /** what the page needs of the review; forms need 'work' */
  capability: Capability;
  /** where the back link goes, under the review: '' for the review itself */
  back: { to: string; label: string };
  /** more reads the page needs before it can show */
  loading?: { problem?: Problem; ready: boolean };
  problem?: Problem;
  labels?: FieldLabels;
  stale?: StaleRecord;
  wide?: boolean;
  children(review: Review): ReactNode;
}

/**
 * A page about one review's panel or terms: reads the review (its reference and the user's capabilities),
 * refuses those without the capability, and frames the page: back link, banner, error summary, caption, title.
 */
export function ReviewSubPage(props: FrameProps) {
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
      <div className={props.wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>
        <BackLink to={`/reviews/${reviewId}${props.back.to}`}>{props.back.label}</BackLink>
        <SuccessBanner />
        <ErrorSummary problem={props.problem} labels={props.labels} stale={props.stale} />
        <span className="govuk-caption-l">{current.reference}</span>
        <h1 className="govuk-heading-l">{props.title}</h1>
        {props.children(current)}
      </div>
    </div>
  );
}

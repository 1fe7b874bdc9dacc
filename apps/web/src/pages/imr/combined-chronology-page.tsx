import { useState } from 'react';
import { useParams } from 'react-router';
import { Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { Loading } from '../../components/page';
import {
  ChronologyDownloads,
  ChronologyFilters,
  FILTER_LABELS,
  isFiltered,
  useChronologyFilter,
} from './combined-chronology-filters';
import { Timeline, useCombinedChronology } from './combined-chronology-timeline';
import { DuplicateCheck } from './combined-duplicates';
import { ImrReviewFrame, useImrRequests } from './scoping-parts';

/**
 * A review's combined chronology: every agency's entries in one documented order, by year, filtered by
 * agency, subject and period (in the address), downloadable as CSV, Excel or Word; those who work on the
 * review check it for likely duplicates and say which pairs record the same event.
 */
export function CombinedChronologyPage() {
  const reviewId = useParams().reviewId ?? '';
  const filter = useChronologyFilter();
  const chronology = useCombinedChronology(reviewId, filter);
  const everything = useCombinedChronology(reviewId, {});
  const agencies = useAgencies(true);
  const requests = useImrRequests(reviewId);
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();

  // a filter the api refuses (a period that ends before it starts) is the form's mistake, not the page's
  const refused = chronology.problem?.status === 400 ? chronology.problem : undefined;
  const shown = problem ?? refused;
  const asked = new Set(requests.data?.map((request) => request.agencyId));
  const choices = (agencies.data ?? []).filter((agency) => !requests.data || asked.has(agency.id));

  return (
    <ImrReviewFrame
      title="Combined chronology"
      capability="view"
      back={{ to: '/imrs', label: 'Back to the agency requests' }}
      loading={{ problem: refused ? undefined : chronology.problem, ready: true }}
      problem={shown}
      labels={FILTER_LABELS}
      notice={shown ? undefined : notice}
    >
      {(review) => {
        const entries = chronology.data?.items;
        return (
          <>
            <p className="govuk-body">
              Every agency’s chronology entries in one timeline. Entries are ordered by the earliest day each
              date could mean, then the narrower date first, then exact dates before approximate ones, then by
              agency.
            </p>
            <ChronologyFilters
              agencies={choices}
              problem={shown}
              onProblem={(found) => {
                setNotice(undefined);
                setProblem(found);
              }}
            />
            {refused ? null : !entries ? (
              <Loading />
            ) : (
              <>
                <p className="govuk-body govuk-!-font-weight-bold" role="status">
                  {entries.length === 1 ? '1 entry' : `${entries.length} entries`}
                  {isFiltered(filter) ? ` ${entries.length === 1 ? 'matches' : 'match'} the filters` : ''}
                </p>
                {entries.length === 0 ? (
                  <p className="govuk-body">
                    {isFiltered(filter)
                      ? 'No entries match these filters.'
                      : 'No agency’s chronology entries are here yet.'}
                  </p>
                ) : (
                  <>
                    <ChronologyDownloads
                      reviewId={reviewId}
                      reference={review.reference}
                      filter={filter}
                      onProblem={(found) => {
                        setNotice(undefined);
                        setProblem(found);
                      }}
                    />
                    <Timeline entries={entries} known={everything.data?.items ?? []} />
                  </>
                )}
              </>
            )}
            {review.capabilities.includes('work') && (
              <DuplicateCheck
                reviewId={reviewId}
                onProblem={(found) => {
                  if (found) setNotice(undefined);
                  setProblem(found);
                }}
                onDecided={(message) => {
                  setNotice(message);
                  chronology.reload();
                  everything.reload();
                }}
              />
            )}
          </>
        );
      }}
    </ImrReviewFrame>
  );
}

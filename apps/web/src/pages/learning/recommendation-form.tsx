import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { formProblem, newIdempotencyKey, Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { useFetched } from '../../api/use-fetched';
import { fieldError } from '../../components/error-summary';
import { ActionButton, Notice, onFormSubmit, useSingleFlight } from '../../components/page';
import { ReviewSubPage } from '../reviews/panel-parts';
import { reviewProblem } from '../reviews/review-parts';
import { NOT_FOUND, useThemes } from './learning-parts';
import {
  readRecommendation,
  RECOMMENDATION_LABELS as LABELS,
  RecommendationFields,
} from './recommendation-fields';

/** Adds a panel or single-agency recommendation to the review, with its lead agency and target (rule 11). */
export function RecommendationNewPage() {
  const reviewId = useParams().reviewId ?? '';
  const navigate = useNavigate();
  const agencies = useAgencies(false);
  const themes = useThemes();
  const [problem, setProblem] = useState<Problem>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const once = useSingleFlight();
  const error = (field: string) => fieldError(problem, field, LABELS);

  const submit = async (form: FormData) => {
    const { body, problems } = readRecommendation(form);
    if (problems.length) return setProblem(formProblem(problems));
    const result = await api.POST('/api/v1/reviews/{reviewId}/recommendations', {
      params: { path: { reviewId } },
      headers: { 'idempotency-key': idempotencyKey },
      body,
    });
    if (!result.data) return setProblem(reviewProblem(result));
    const notice: Notice = { notice: `Recommendation ${result.data.reference} has been added.` };
    void navigate(`/reviews/${reviewId}/recommendations`, { state: notice });
  };

  return (
    <ReviewSubPage
      title="Add a recommendation"
      capability="work"
      back={{ to: '/recommendations', label: 'Back to the recommendations' }}
      loading={{
        problem: agencies.problem ?? themes.problem,
        ready: agencies.data !== undefined && themes.data !== undefined,
      }}
      problem={problem}
      labels={LABELS}
    >
      {() => (
        <form onSubmit={onFormSubmit(once, submit)} noValidate>
          <RecommendationFields agencies={agencies.data ?? []} themes={themes.data ?? []} error={error} />
          <ActionButton type="submit">Add recommendation</ActionButton>
        </form>
      )}
    </ReviewSubPage>
  );
}

/**
 * Changes one of the review's recommendations: its text, scope (a national one's recipient and date told), lead
 * agency, target date or "to be agreed", themes. Sent with If-Match: when someone else changed it meanwhile the
 * error summary says so and offers to read it again.
 */
export function RecommendationEditPage() {
  const { reviewId = '', recommendationId = '' } = useParams();
  const navigate = useNavigate();
  const recommendation = useFetched(
    () => api.GET('/api/v1/recommendations/{recommendationId}', { params: { path: { recommendationId } } }),
    [recommendationId],
  );
  const agencies = useAgencies(true);
  const themes = useThemes();
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const error = (field: string) => fieldError(problem, field, LABELS);
  const current = recommendation.data;
  // another review's recommendation is not this page's to change
  const missing = current && current.reviewId !== reviewId ? NOT_FOUND : undefined;

  const submit = async (form: FormData) => {
    if (!current) return;
    const { body, problems } = readRecommendation(form);
    if (problems.length) return setProblem(formProblem(problems));
    const result = await api.PATCH('/api/v1/recommendations/{recommendationId}', {
      params: { path: { recommendationId } },
      headers: { 'if-match': recommendation.etag },
      body,
    });
    if (!result.data) return setProblem(reviewProblem(result));
    const notice: Notice = { notice: `Recommendation ${result.data.reference} has been changed.` };
    void navigate(`/reviews/${reviewId}/recommendations`, { state: notice });
  };

  return (
    <ReviewSubPage
      title={current ? `Change recommendation ${current.reference}` : 'Change a recommendation'}
      capability="work"
      back={{ to: '/recommendations', label: 'Back to the recommendations' }}
      loading={{
        problem: recommendation.problem ?? missing ?? agencies.problem ?? themes.problem,
        ready: [recommendation, agencies, themes].every((read) => read.data !== undefined),
      }}
      problem={problem}
      labels={LABELS}
      stale={{
        what: 'the recommendation',
        reload: () => {
          setProblem(undefined);
          recommendation.reload();
        },
      }}
    >
      {() => (
        <form key={current?.version} onSubmit={onFormSubmit(once, submit)} noValidate>
          <RecommendationFields
            recommendation={current}
            agencies={agencies.data ?? []}
            themes={themes.data ?? []}
            error={error}
          />
          <ActionButton type="submit">Save changes</ActionButton>
        </form>
      )}
    </ReviewSubPage>
  );
}

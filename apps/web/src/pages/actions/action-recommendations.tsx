import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { ApiResult, Problem } from '../../api/problem';
import { Fetched, useFetched } from '../../api/use-fetched';
import { ErrorSummary, fieldError } from '../../components/error-summary';
import { describedBy, HintAndError } from '../../components/fields';
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
import { reviewProblem } from '../reviews/review-parts';
import { Action, useAction } from './action-parts';

type Source = Schemas['SourceResponse'];

/** The recommendations of one source (a review, or a scrutiny review, inspection...) that an action may answer. */
interface SourceGroup {
  /** null for the action's recommendations of sources the user may not read */
  source: Source | null;
  recommendations: { id: string; reference: string; text: string }[];
}

const LABELS = { recommendationIds: 'Recommendations it answers' };

type Choice = SourceGroup['recommendations'][number];

/**
 * Every recommendation of one source, a page of the api at a time; none to offer from a review the user may
 * not see (the api answers 404 for it).
 */
async function recommendationsOf(source: Source): Promise<ApiResult<Choice[]>> {
  const items: Choice[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await api.GET('/api/v1/recommendations', {
      params: { query: { sourceId: source.id, limit: 200, cursor } },
    });
    if (page.response.status === 404) return { data: [], response: page.response };
    if (!page.data) return { error: page.error, response: page.response };
    items.push(...page.data.items);
    if (!page.data.nextCursor) return { data: items, response: page.response };
    cursor = page.data.nextCursor;
  }
}

/**
 * The partnership's recommendations an action may answer, grouped by source: every recommendation of each
 * source the user may read (reviews, scrutiny reviews, inspections...), and any the action answers that none
 * of those offered, so saving never drops a link unseen.
 */
function useRecommendationChoices(action: Action) {
  return useFetched(async (): Promise<ApiResult<SourceGroup[]>> => {
    const sources = await api.GET('/api/v1/recommendation-sources');
    if (!sources.data) return { ...sources, data: undefined };
    const read = await Promise.all(
      sources.data.items.map(async (source) => ({ source, listed: await recommendationsOf(source) })),
    );
    const groups: SourceGroup[] = [];
    for (const { source, listed } of read) {
      if (!listed.data) return { error: listed.error, response: listed.response };
      groups.push({ source, recommendations: listed.data });
    }
    const offered = new Set(groups.flatMap((group) => group.recommendations.map((r) => r.id)));
    const unplaced: SourceGroup = {
      source: null,
      recommendations: action.recommendations.filter((r) => !offered.has(r.id)),
    };
    const order = (group: SourceGroup) => (group.source?.kind === 'review' ? 0 : group.source ? 1 : 2);
    return {
      data: [...groups, unplaced]
        .filter((group) => group.recommendations.length > 0)
        .sort((a, b) => order(a) - order(b) || (a.source?.key ?? '').localeCompare(b.source?.key ?? '')),
      response: sources.response,
    };
  }, [action.id, action.version]);
}

const groupName = (source: Source | null) =>
  !source
    ? 'Other recommendations it answers'
    : source.kind === 'review'
      ? source.name
      : `${source.name} (${source.key})`;

/**
 * The coordinator changes which recommendations an action answers: checkboxes grouped by review or other
 * source. The action is sent whole (PUT, If-Match), everything else as it is.
 */
export function ActionRecommendationsPage() {
  const actionId = useParams().actionId ?? '';
  const action = useAction(actionId);
  if (action.problem) return <PageProblem problem={action.problem} />;
  if (!action.data) return <Loading />;
  if (!action.data.capabilities.includes('manage')) {
    return (
      <PageProblem
        problem={{ status: 403, code: 'forbidden', detail: 'Only the partnership coordinator does this.' }}
      />
    );
  }
  return <RecommendationsForm action={action} current={action.data} />;
}

function RecommendationsForm({ action, current }: { action: Fetched<Action>; current: Action }) {
  const actionId = current.id;
  const navigate = useNavigate();
  const choices = useRecommendationChoices(current);
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  usePageTitle('Recommendations this action answers', problem);

  if (choices.problem) return <PageProblem problem={choices.problem} />;
  if (!choices.data) return <Loading />;
  const groups = choices.data;
  const chosen = current.recommendations.map((r) => r.id);
  const error = fieldError(problem, 'recommendationIds', LABELS);

  const submit = async (form: FormData) => {
    const result = await api.PUT('/api/v1/actions/{actionId}', {
      params: { path: { actionId } },
      headers: { 'if-match': action.etag },
      body: {
        reference: current.reference,
        planSection: current.planSection,
        description: current.description,
        leadAgencyId: current.leadAgencyId,
        leadOfficerUserId: current.leadOfficerUserId,
        leadOfficerName: current.leadOfficerName,
        targetDate: current.targetToBeAgreed ? null : current.targetDate,
        targetToBeAgreed: current.targetToBeAgreed,
        recommendationIds: form.getAll('recommendationIds').map(String),
        milestones: current.milestones.map((m) => ({
          description: m.description,
          dueOn: m.dueOn,
          done: m.done,
        })),
      },
    });
    if (!result.data) return setProblem(reviewProblem(result));
    const notice: Notice = {
      notice: `The recommendations action ${result.data.reference} answers have been saved.`,
    };
    void navigate(`/actions/${actionId}`, { state: notice });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/actions/${actionId}`}>Back to action {current.reference}</BackLink>
        <ErrorSummary
          problem={problem}
          labels={LABELS}
          stale={{
            what: 'this action',
            reload: () => {
              setProblem(undefined);
              action.reload();
            },
          }}
        />
        <span className="govuk-caption-l">Action {current.reference}</span>
        <h1 className="govuk-heading-l">Recommendations this action answers</h1>
        <p className="govuk-body">{current.description}</p>
        <form key={action.etag} onSubmit={onFormSubmit(once, submit)} noValidate>
          {groups.length === 0 ? (
            <p className="govuk-body" id="recommendationIds">
              The partnership has no recommendations yet.
            </p>
          ) : (
            <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
              <HintAndError
                id="recommendationIds"
                hint="Select every recommendation the action answers."
                error={error}
              />
              {groups.map((group, index) => (
                <fieldset
                  key={group.source?.id ?? 'other'}
                  className="govuk-fieldset govuk-!-margin-bottom-6"
                  aria-describedby={index === 0 ? describedBy('recommendationIds', 'hint', error) : undefined}
                >
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                    {groupName(group.source)}
                  </legend>
                  <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                    {group.recommendations.map((r, position) => {
                      // the first box carries the id the error summary links to
                      const id =
                        index === 0 && position === 0 ? 'recommendationIds' : `recommendation-${r.id}`;
                      return (
                        <div className="govuk-checkboxes__item" key={r.id}>
                          <input
                            className="govuk-checkboxes__input"
                            id={id}
                            name="recommendationIds"
                            type="checkbox"
                            value={r.id}
                            defaultChecked={chosen.includes(r.id)}
                          />
                          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                            {r.reference}: {r.text}
                          </label>
                        </div>
                      );
                    })}
                  </div>
                </fieldset>
              ))}
            </div>
          )}
          <ActionButton type="submit">Save recommendations</ActionButton>
        </form>
      </div>
    </div>
  );
}

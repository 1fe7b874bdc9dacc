import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { Problem } from '../../api/problem';
import { Agency, useAgencies } from '../../api/use-agencies';
import { ActionButton, ButtonLink, useSingleFlight } from '../../components/page';
import { useSession } from '../../session/session';
import { ReviewSubPage } from '../reviews/panel-parts';
import { formatDate, reviewProblem } from '../reviews/review-parts';
import { Recommendation, Theme, ThemeTags, useReviewRecommendations, useThemes } from './learning-parts';

const SCOPE_LABELS: Record<string, string> = {
  local: 'Local',
  regional: 'Regional',
  national: 'National',
};

/** "N recommendations copied", or that there was nothing new. */
const copiedMessage = (count: number) =>
  count === 0
    ? 'Nothing new to copy'
    : `${count} ${count === 1 ? 'recommendation' : 'recommendations'} copied`;

/** The review's panel and single-agency recommendations, each with its lead agency and target (rule 11). */
export function ReviewRecommendationsPage() {
  const reviewId = useParams().reviewId ?? '';
  const recommendations = useReviewRecommendations(reviewId);
  const agencies = useAgencies(true);
  const themes = useThemes();
  const { can: may } = useSession();
  const [copied, setCopied] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();

  const copy = () =>
    once(async () => {
      const result = await api.POST('/api/v1/reviews/{reviewId}/recommendations/from-imrs', {
        params: { path: { reviewId } },
      });
      if (!result.data) {
        setCopied(undefined);
        return setProblem(reviewProblem(result));
      }
      setProblem(undefined);
      setCopied(copiedMessage(result.data.createdCount));
      recommendations.reload();
    });

  const all = recommendations.data ?? [];
  const table = (caption: string, items: Recommendation[], changeable: boolean) => (
    <RecommendationTable
      caption={caption}
      items={items}
      agencies={agencies.data ?? []}
      themes={themes.data ?? []}
      actionsAllowed={may('learning.manage')}
      changeTo={changeable ? (r) => `/reviews/${reviewId}/recommendations/${r.id}/edit` : undefined}
    />
  );
  return (
    <ReviewSubPage
      title="Recommendations"
      capability="view"
      back={{ to: '', label: 'Back to the review' }}
      loading={{
        problem: recommendations.problem ?? agencies.problem ?? themes.problem,
        ready: [recommendations, agencies, themes].every((read) => read.data !== undefined),
      }}
      problem={problem}
      wide
    >
      {(review) => (
        <>
          {copied && <CopiedBanner text={copied} />}
          <p className="govuk-body">
            <Link className="govuk-link" to={`/reviews/${reviewId}/lessons`}>
              Lessons of this review
            </Link>
          </p>
          {table(
            'Panel recommendations',
            all.filter((r) => r.level === 'panel'),
            review.capabilities.includes('work'),
          )}
          {table(
            'Single-agency recommendations',
            all.filter((r) => r.level !== 'panel'),
            review.capabilities.includes('work'),
          )}
          {review.capabilities.includes('work') && (
            <div className="govuk-button-group">
              <ButtonLink to={`/reviews/${reviewId}/recommendations/new`}>Add a recommendation</ButtonLink>
              <ActionButton variant="secondary" onClick={() => void copy()}>
                Copy recommendations from accepted IMRs
              </ActionButton>
            </div>
          )}
        </>
      )}
    </ReviewSubPage>
  );
}

function RecommendationTable(props: {
  caption: string;
  items: Recommendation[];
  agencies: Agency[];
  themes: Theme[];
  actionsAllowed: boolean;
  /** where each recommendation is changed, for those who may change them */
  changeTo?: (recommendation: Recommendation) => string;
}) {
  const agencyName = (id: string | null) =>
    props.agencies.find((agency) => agency.id === id)?.name ?? 'Not given';
  if (props.items.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{props.caption}</h2>
        <p className="govuk-body">None yet.</p>
      </>
    );
  }
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{props.caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Reference
          </th>
          <th scope="col" className="govuk-table__header">
            Recommendation
          </th>
          <th scope="col" className="govuk-table__header">
            Lead agency
          </th>
          <th scope="col" className="govuk-table__header">
            Scope
          </th>
          <th scope="col" className="govuk-table__header">
            Target date
          </th>
          {props.changeTo && (
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Change</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {props.items.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <th scope="row" className="govuk-table__header">
              {r.reference}
            </th>
            <td className="govuk-table__cell">
              <p className="govuk-body">{r.text}</p>
              {r.themeIds.length > 0 && <ThemeTags ids={r.themeIds} themes={props.themes} />}
              {props.actionsAllowed && (
                <Link className="govuk-link" to={`/actions/new?recommendationId=${r.id}`}>
                  Add an action for it
                  <span className="govuk-visually-hidden"> (recommendation {r.reference})</span>
                </Link>
              )}
            </td>
            <td className="govuk-table__cell">{agencyName(r.leadAgencyId)}</td>
            <td className="govuk-table__cell">
              {SCOPE_LABELS[r.scope] ?? r.scope}
              {r.scope === 'national' && r.nationalRecipient && (
                <>
                  <br />
                  To {r.nationalRecipient}
                  {r.nationalNotifiedOn ? `, told on ${formatDate(r.nationalNotifiedOn)}` : ', not yet told'}
                </>
              )}
            </td>
            <td className="govuk-table__cell">
              {r.targetToBeAgreed || !r.targetDate ? 'To be agreed' : formatDate(r.targetDate)}
            </td>
            {props.changeTo && (
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={props.changeTo(r)}>
                  Change<span className="govuk-visually-hidden"> recommendation {r.reference}</span>
                </Link>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The outcome of a copy, as a GOV.UK success banner (a live region, so it is announced). */
function CopiedBanner({ text }: { text: string }) {
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="copied-banner-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="copied-banner-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}

import { Link, useParams } from 'react-router';
import { useAgencies } from '../../api/use-agencies';
import { useSession } from '../../session/session';
import { ButtonLink, Loading, PageProblem, SuccessBanner, Tag, usePageTitle } from '../../components/page';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import {
  Capability,
  ClockStatus,
  formatDate,
  PAUSE_REASON_LABELS,
  RELATIONSHIP_LABELS,
  REVIEW_TYPE_LABELS,
  useReview,
} from './review-parts';
import { formFor, TaskList, tasksOf } from './review-tasks';
import { SubjectsLink } from './subjects-page';

export function ReviewPage() {
  const reviewId = useParams().reviewId ?? '';
  const review = useReview(reviewId);
  const agencies = useAgencies(true);
  const { can: may } = useSession();
  usePageTitle(review.data?.reference ?? 'Review');

  if (review.problem) return <PageProblem problem={review.problem} />;
  if (!review.data) return <Loading />;
  const current = review.data;
  const can = (capability: Capability) => current.capabilities.includes(capability);
  const notification = current.notification;
  const agency = agencies.data?.find((a) => a.id === notification.notifyingAgencyId)?.name;
  const openPause = current.pauses.find((pause) => pause.resumedOn === null);
  const finished = ['declined', 'closed', 'transferred'].includes(current.status);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/reviews" className="govuk-back-link">
          Back to reviews
        </Link>
        <SuccessBanner />
        <span className="govuk-caption-l">{REVIEW_TYPE_LABELS[current.reviewType]}</span>
        <h1 className="govuk-heading-l">{current.reference}</h1>
        <p className="govuk-body">
          Stage: <Tag colour="blue">{current.statusLabel}</Tag>
          {current.clocks.paused && (
            <>
              {' '}
              <Tag colour="purple">Paused</Tag>
            </>
          )}
        </p>
        {openPause && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Paused since {formatDate(openPause.pausedOn)} (
              {PAUSE_REASON_LABELS[openPause.reason] ?? openPause.reason}). Revisit by{' '}
              {formatDate(openPause.revisitOn)}.
            </strong>
          </div>
        )}

        <h2 className="govuk-heading-m">Statutory clocks</h2>
        <SummaryList>
          <SummaryRow label="Decision to hold a review">
            <ClockStatus clock={current.clocks.decision} />
          </SummaryRow>
          <SummaryRow label="Completion (sent to the Home Office)">
            <ClockStatus clock={current.clocks.completion} />
            {['overdue', 'missed'].includes(current.clocks.completion.state) && can('work') && (
              <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                <Link className="govuk-link" to={`/reviews/${current.id}/breach-reason`}>
                  {current.breach
                    ? 'Change the reason for the delay'
                    : 'Explain why the completion date was missed'}
                </Link>
              </p>
            )}
          </SummaryRow>
          {current.clocks.pausedDays > 0 && (
            <SummaryRow label="Days paused">{current.clocks.pausedDays}</SummaryRow>
          )}
        </SummaryList>

        <h2 className="govuk-heading-m">Stages</h2>
        <TaskList tasks={tasksOf(current, can)} />
        <p className="govuk-body">
          <Link className="govuk-link" to={`/reviews/${current.id}/parallel-processes`}>
            Parallel processes (criminal proceedings, inquests and linked reviews)
          </Link>
        </p>
        {can('view') && may('learning.read') && (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/reviews/${current.id}/lessons`}>
              Lessons and recommendations
            </Link>
          </p>
        )}

        {!finished && (
          <>
            <h2 className="govuk-heading-m">What can happen next</h2>
            {current.transitions.length === 0 && <p className="govuk-body">Nothing can happen next.</p>}
            {current.transitions.map((transition) => {
              const to = formFor(current, transition.transition, can);
              return (
                <div key={transition.transition} className="govuk-!-margin-bottom-4">
                  {transition.available ? (
                    to ? (
                      <ButtonLink to={to} secondary={['decline', 'transfer'].includes(transition.transition)}>
                        {transition.label}
                      </ButtonLink>
                    ) : (
                      <p className="govuk-body">
                        {transition.label}: <Tag colour="green">Ready</Tag>
                      </p>
                    )
                  ) : (
                    <>
                      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{transition.label}</h3>
                      <p className="govuk-body govuk-!-margin-bottom-1">Before you can do this:</p>
                      <ul className="govuk-list govuk-list--bullet">
                        {transition.blockers.map((blocker) => (
                          <li key={blocker.code}>{blocker.message}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              );
            })}
            {can('administer') && (
              <p className="govuk-body">
                {current.clocks.paused ? (
                  <Link className="govuk-link" to={`/reviews/${current.id}/resume`}>
                    Resume the review
                  </Link>
                ) : (
                  <Link className="govuk-link" to={`/reviews/${current.id}/pause`}>
                    Pause the review
                  </Link>
                )}
              </p>
            )}
          </>
        )}

        {current.decision?.outcome === 'commission' && (
          <>
            <h2 className="govuk-heading-m">Panel and meetings</h2>
            <ul className="govuk-list">
              <li>
                <Link className="govuk-link" to={`/reviews/${current.id}/panel`}>
                  Panel members
                </Link>
              </li>
              <li>
                <Link className="govuk-link" to={`/reviews/${current.id}/meetings`}>
                  Panel meetings
                </Link>
              </li>
            </ul>
          </>
        )}

        <h2 className="govuk-heading-m">Notification</h2>
        <SubjectsLink reviewId={current.id} />
        <SummaryList>
          <SummaryRow label="Type of review">{REVIEW_TYPE_LABELS[current.reviewType]}</SummaryRow>
          <SummaryRow label="Date notified">{formatDate(notification.notifiedOn)}</SummaryRow>
          <SummaryRow label="Notified by">{notification.notifiedBy}</SummaryRow>
          <SummaryRow label="Notifying agency">{agency ?? 'Not given'}</SummaryRow>
          <SummaryRow label="Police force">{notification.policeForce ?? 'Not given'}</SummaryRow>
          <SummaryRow label="Date of death">
            {notification.dateOfDeath ? formatDate(notification.dateOfDeath) : 'Not given'}
          </SummaryRow>
          <SummaryRow label="Relationship">
            {RELATIONSHIP_LABELS[notification.relationship] ?? notification.relationship}
          </SummaryRow>
          <SummaryRow label="Suspected suicide">{notification.suspectedSuicide ? 'Yes' : 'No'}</SummaryRow>
          <SummaryRow label="Circumstances">{notification.circumstances ?? 'Not given'}</SummaryRow>
        </SummaryList>

        <h2 className="govuk-heading-m">Decision</h2>
        {current.decision ? (
          <SummaryList>
            <SummaryRow label="Outcome">
              {current.decision.outcome === 'commission' ? 'Commission a review' : 'Decline to hold a review'}
            </SummaryRow>
            <SummaryRow label="Date decided">{formatDate(current.decision.decidedOn)}</SummaryRow>
            <SummaryRow label="Decision-maker">{current.decision.decisionMaker}</SummaryRow>
            <SummaryRow label="Rationale">{current.decision.rationale}</SummaryRow>
            <SummaryRow label="Home Office informed">
              {current.homeOfficeInformedOn ? formatDate(current.homeOfficeInformedOn) : 'Not yet'}
            </SummaryRow>
          </SummaryList>
        ) : (
          <p className="govuk-body">No decision has been recorded yet.</p>
        )}

        {current.chair && (
          <>
            <h2 className="govuk-heading-m">Independent chair</h2>
            <SummaryList>
              <SummaryRow label="Name">{current.chair.name}</SummaryRow>
              <SummaryRow label="Appointed">{formatDate(current.chair.appointedOn)}</SummaryRow>
              <SummaryRow label="Independence">
                {current.chair.independenceStatement ?? 'Not declared yet'}
              </SummaryRow>
            </SummaryList>
          </>
        )}
      </div>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { AttachedDocuments } from '../../components/attached-documents';
import { ErrorSummary } from '../../components/error-summary';
import {
  ActionButton,
  BackLink,
  ButtonLink,
  Loading,
  Notice,
  PageProblem,
  SuccessBanner,
  usePageTitle,
  useSingleFlight,
} from '../../components/page';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { useSession } from '../../session/session';
import { reviewProblem } from '../reviews/review-parts';
import {
  Action,
  ACTION_STATUS_LABELS,
  formatDate,
  RAG_TAGS,
  RagTag,
  targetDateText,
  useAction,
} from './action-parts';

/** One action of the plan: what it is, its milestones, its history (never editable), evidence, and what next. */
export function ActionPage() {
  const actionId = useParams().actionId ?? '';
  const action = useAction(actionId);
  const agencies = useAgencies(true);
  const { me } = useSession();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const once = useSingleFlight();
  // the message a form carried here is taken at once, so the evidence list below does not show it again
  const location = useLocation();
  const navigate = useNavigate();
  const [carried] = useState(() => (location.state as Notice | null)?.notice);
  useEffect(() => {
    if (carried) void navigate(location.pathname, { replace: true, state: null });
    // only on arrival
  }, []);
  usePageTitle(action.data ? `Action ${action.data.reference}` : 'Action', problem);

  if (action.problem) return <PageProblem problem={action.problem} />;
  if (!action.data) return <Loading />;
  const current = action.data;
  const can = (capability: Action['capabilities'][number]) => current.capabilities.includes(capability);
  const agency = agencies.data?.find((a) => a.id === current.leadAgencyId)?.name ?? '';
  const isLeadOfficer = me?.roles.includes('lead_officer') ?? false;

  const approve = () =>
    once(async () => {
      const result = await api.POST('/api/v1/actions/{actionId}/approval', {
        params: { path: { actionId } },
        headers: { 'if-match': action.etag },
      });
      if (!result.data) return setProblem(reviewProblem(result));
      setProblem(undefined);
      setNotice('The completion has been approved. The action is closed and Green.');
      action.reload();
    });

  return (
    <>
      <BackLink to={isLeadOfficer && !can('manage') ? '/my-actions' : '/actions'}>
        {isLeadOfficer && !can('manage') ? 'Back to my actions' : 'Back to the action plan'}
      </BackLink>
      <SuccessBanner message={problem ? undefined : (notice ?? carried)} />
      <ErrorSummary
        problem={problem}
        stale={{
          what: 'this action',
          reload: () => {
            setProblem(undefined);
            action.reload();
          },
        }}
      />
      <span className="govuk-caption-l">Action plan</span>
      <h1 className="govuk-heading-l">Action {current.reference}</h1>
      <p className="govuk-body-l">{current.description}</p>

      <SummaryList>
        <SummaryRow label="Reference">{current.reference}</SummaryRow>
        <SummaryRow label="Section">{current.planSection ?? 'None'}</SummaryRow>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Recommendations it answers</dt>
          <dd className="govuk-summary-list__value">
            {current.recommendations.length ? (
              <ul className="govuk-list">
                {current.recommendations.map((r) => (
                  <li key={r.id}>
                    {r.reference}: {r.text}
                  </li>
                ))}
              </ul>
            ) : (
              'None linked'
            )}
          </dd>
          {can('manage') && (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={`/actions/${actionId}/recommendations`}>
                Change<span className="govuk-visually-hidden"> the recommendations it answers</span>
              </Link>
            </dd>
          )}
        </div>
        <SummaryRow label="Lead agency">{agency}</SummaryRow>
        <SummaryRow label="Lead officer">{current.leadOfficer ?? 'Not named'}</SummaryRow>
        <SummaryRow label="Target date">{targetDateText(current)}</SummaryRow>
        <SummaryRow label="Status">{ACTION_STATUS_LABELS[current.status]}</SummaryRow>
        <SummaryRow label="RAG rating">
          <RagTag rag={current.rag} />
        </SummaryRow>
        {current.completedOn && (
          <SummaryRow label="Completed on">{formatDate(current.completedOn)}</SummaryRow>
        )}
        {current.outcome && <SummaryRow label="Outcome">{current.outcome}</SummaryRow>}
        {current.rejectionReason && current.status === 'open' && (
          <SummaryRow label="Completion sent back because">{current.rejectionReason}</SummaryRow>
        )}
      </SummaryList>

      {current.status === 'open' && can('update') && (
        <div className="govuk-button-group">
          <ButtonLink to={`/actions/${actionId}/progress`}>Give a progress update</ButtonLink>
          <ButtonLink to={`/actions/${actionId}/completion`} secondary>
            Record completion
          </ButtonLink>
        </div>
      )}
      {current.status === 'completion_submitted' && can('manage') && (
        <>
          <h2 className="govuk-heading-m">Sign off the completion</h2>
          <p className="govuk-body">
            The lead officer has recorded this action as complete. Check the outcome and the evidence, then
            approve it (the action closes and shows Green) or send it back.
          </p>
          <div className="govuk-button-group">
            <ActionButton onClick={() => void approve()}>Approve completion</ActionButton>
            <ButtonLink to={`/actions/${actionId}/send-back`} secondary>
              Send back
            </ButtonLink>
          </div>
        </>
      )}

      <h2 className="govuk-heading-m">Milestones</h2>
      {current.milestones.length === 0 ? (
        <p className="govuk-body">This action has no milestones.</p>
      ) : (
        <ul className="govuk-list">
          {current.milestones.map((m) => (
            <li key={m.id}>
              {m.done ? (
                <>
                  <span aria-hidden="true">✓ </span>
                  <span className="govuk-visually-hidden">Done: </span>
                </>
              ) : (
                <span className="govuk-visually-hidden">Not done: </span>
              )}
              {m.description}
              {m.dueOn && (
                <span className="govuk-hint govuk-!-display-inline"> (due {formatDate(m.dueOn)})</span>
              )}
              {m.done && <strong className="govuk-tag govuk-tag--green govuk-!-margin-left-2">Done</strong>}
            </li>
          ))}
        </ul>
      )}

      <h2 className="govuk-heading-m">Progress updates</h2>
      {current.updates.length === 0 ? (
        <p className="govuk-body">No progress updates yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Progress updates, newest first
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Date
              </th>
              <th scope="col" className="govuk-table__header">
                RAG
              </th>
              <th scope="col" className="govuk-table__header">
                Progress
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {current.updates.map((update) => {
              // progress imported from a sheet that gave no rating has none
              const tag = update.rag
                ? (RAG_TAGS[update.rag] ?? { label: update.rag, colour: 'grey' })
                : { label: 'Not rated', colour: 'grey' };
              return (
                <tr className="govuk-table__row" key={update.id}>
                  <td className="govuk-table__cell">{formatDate(update.reportedOn)}</td>
                  <td className="govuk-table__cell">
                    <strong className={`govuk-tag govuk-tag--${tag.colour}`}>{tag.label}</strong>
                  </td>
                  <td className="govuk-table__cell" style={{ whiteSpace: 'pre-line' }}>
                    {update.narrative}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h2 className="govuk-heading-m" id="evidence">
        Evidence
      </h2>
      <AttachedDocuments
        ownerType="action"
        ownerId={actionId}
        canAttach={can('update') && current.status === 'open'}
        what="evidence"
      />
    </>
  );
}

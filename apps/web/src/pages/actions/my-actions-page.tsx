import { Link } from 'react-router';
import { useFetched } from '../../api/use-fetched';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, SuccessBanner, usePageTitle } from '../../components/page';
import {
  ActionSummary,
  allActions,
  formatDate,
  quarterStart,
  RagTag,
  targetDateText,
  updateDue,
} from './action-parts';

/**
 * A lead officer's work: their agency's actions (the api gives a lead officer no others), those still due
 * their update this calendar quarter first.
 */
export function MyActionsPage() {
  const actions = useFetched(allActions, []);
  usePageTitle('My actions', actions.problem);
  const start = quarterStart();
  const due = (actions.data ?? []).filter((action) => updateDue(action, start));
  const rest = (actions.data ?? []).filter((action) => !updateDue(action, start));

  return (
    <>
      <SuccessBanner />
      <ErrorSummary problem={actions.problem} />
      <h1 className="govuk-heading-l">My actions</h1>
      <p className="govuk-body">
        Your agency’s actions in the partnership’s action plan. Give each open action a progress update every
        quarter.
      </p>
      {!actions.data ? (
        !actions.problem && <Loading />
      ) : actions.data.length === 0 ? (
        <p className="govuk-body">Your agency has no actions in the plan.</p>
      ) : (
        <>
          <ActionGroup
            id="due"
            title="Update due this quarter"
            hint={`No update since ${formatDate(start)}.`}
            items={due}
            empty="Every open action has been updated this quarter."
          />
          <ActionGroup id="other" title="Other actions" items={rest} empty="There are no other actions." />
        </>
      )}
    </>
  );
}

function ActionGroup(props: {
  id: string;
  title: string;
  hint?: string;
  items: ActionSummary[];
  empty: string;
}) {
  return (
    <section aria-labelledby={`group-${props.id}`} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={`group-${props.id}`}>
        {props.title} ({props.items.length})
      </h2>
      {props.hint && <p className="govuk-hint">{props.hint}</p>}
      {props.items.length === 0 ? (
        <p className="govuk-body">{props.empty}</p>
      ) : (
        <ul className="govuk-summary-list">
          {props.items.map((action) => (
            <li className="govuk-summary-list__row" key={action.id}>
              <span className="govuk-summary-list__key">
                <Link className="govuk-link" to={`/actions/${action.id}`}>
                  {action.reference}
                  <span className="govuk-visually-hidden">: {action.description}</span>
                </Link>
              </span>
              <span className="govuk-summary-list__value">
                {action.description}
                <br />
                <span className="govuk-hint govuk-!-display-inline">
                  Target: {targetDateText(action)}. Last update: {formatDate(action.lastUpdateOn, 'none yet')}
                  .
                </span>
              </span>
              <span className="govuk-summary-list__actions">
                <RagTag rag={action.rag} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { ReactNode, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { ApiResult, Problem } from '../../api/problem';
import { AttachedDocuments } from '../../components/attached-documents';
import { ErrorSummary, fieldError, FieldLabels } from '../../components/error-summary';
import { Checkboxes, DateInput } from '../../components/fields';
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
import { dateValue, Radios, Textarea, textValue } from '../../components/review-fields';
import { reviewProblem, today } from '../reviews/review-parts';
import { Action, RagTag, useAction } from './action-parts';

type Capability = Action['capabilities'][number];

interface CommandProps {
  title: string;
  capability: Capability;
  /** the status the action must have for this command */
  status: Action['status'];
  labels: FieldLabels;
  button: string;
  success: string;
  messages?: Record<string, string>;
  send(actionId: string, etag: string, form: FormData): Promise<ApiResult<Action>>;
  fields(action: Action, error: (field: string) => string | undefined): ReactNode;
  /** shown after the form (the evidence, on the completion page) */
  after?(action: Action): ReactNode;
  /** the problem as this form tells it */
  explain?(problem: Problem): Problem;
}

/** One command on an action as a page of its own, sent with If-Match; on success back to the action. */
function ActionCommandPage(props: CommandProps) {
  const actionId = useParams().actionId ?? '';
  const navigate = useNavigate();
  const action = useAction(actionId);
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  usePageTitle(props.title, problem);

  if (action.problem) return <PageProblem problem={action.problem} />;
  if (!action.data) return <Loading />;
  const current = action.data;
  if (!current.capabilities.includes(props.capability) || current.status !== props.status) {
    return (
      <PageProblem
        problem={{ status: 403, code: 'forbidden', detail: 'You cannot do this to this action now.' }}
      />
    );
  }

  const submit = async (form: FormData) => {
    const result = await props.send(actionId, action.etag, form);
    if (!result.data) {
      const told = reviewProblem(result, props.messages);
      return setProblem(props.explain ? props.explain(told) : told);
    }
    const notice: Notice = { notice: props.success };
    void navigate(`/actions/${actionId}`, { state: notice });
  };
  const error = (field: string) => fieldError(problem, field, props.labels);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/actions/${actionId}`}>Back to action {current.reference}</BackLink>
        <ErrorSummary
          problem={problem}
          labels={props.labels}
          stale={{
            what: 'this action',
            reload: () => {
              setProblem(undefined);
              action.reload();
            },
          }}
        />
        <span className="govuk-caption-l">Action {current.reference}</span>
        <h1 className="govuk-heading-l">{props.title}</h1>
        <p className="govuk-body">{current.description}</p>
        <p className="govuk-body">
          Rated now: <RagTag rag={current.rag} />
        </p>
        <form key={action.etag} onSubmit={onFormSubmit(once, submit)} noValidate>
          {props.fields(current, error)}
          <ActionButton type="submit">{props.button}</ActionButton>
        </form>
        {props.after?.(current)}
      </div>
    </div>
  );
}

const path = (actionId: string) => ({ path: { actionId } });
const ifMatch = (etag: string) => ({ 'if-match': etag });

const PROGRESS_LABELS = {
  reportedOn: 'Date of the update',
  rag: 'RAG rating',
  narrative: 'Progress since the last update',
  milestonesDone: 'Milestones now done',
};

export function ProgressPage() {
  return (
    <ActionCommandPage
      title="Give a progress update"
      capability="update"
      status="open"
      labels={PROGRESS_LABELS}
      button="Save update"
      success="Your progress update has been saved."
      messages={{
        rag: 'Select a RAG rating',
        narrative: 'Describe the progress since the last update',
        reportedOn: 'Enter the date of the update as a real date, like 27 3 2026',
      }}
      send={(actionId, etag, form) =>
        api.POST('/api/v1/actions/{actionId}/progress-updates', {
          params: path(actionId),
          headers: ifMatch(etag),
          body: {
            reportedOn: dateValue(form, 'reportedOn') ?? '',
            rag: String(form.get('rag') ?? '') as 'red',
            narrative: String(form.get('narrative') ?? ''),
            milestonesDone: form.getAll('milestonesDone').map(String),
          },
        })
      }
      fields={(action, error) => {
        const open = action.milestones.filter((m) => !m.done);
        return (
          <>
            <DateInput
              id="reportedOn"
              label={PROGRESS_LABELS.reportedOn}
              defaultValue={today()}
              error={error('reportedOn')}
            />
            <Radios
              id="rag"
              label="How is the action progressing?"
              legendSize="m"
              hint="Green means complete: use Record completion instead, with evidence."
              options={[
                {
                  value: 'red',
                  label: 'Red',
                  hint: 'The target date has passed, or the action will not be completed in time, with significant impact.',
                },
                {
                  value: 'amber',
                  label: 'Amber',
                  hint: 'Not started but within timescale, or progress is slow.',
                },
                {
                  value: 'light_green',
                  label: 'Light green',
                  hint: 'Progressing well and expected to be completed on time.',
                },
              ]}
              error={error('rag')}
            />
            <Textarea
              id="narrative"
              label={PROGRESS_LABELS.narrative}
              hint="What has been done, what is still to do, and anything in the way."
              rows={6}
              error={error('narrative')}
            />
            {open.length > 0 && (
              <Checkboxes
                id="milestonesDone"
                label={PROGRESS_LABELS.milestonesDone}
                hint="Select all that apply."
                options={open.map((m) => ({ value: m.id, label: m.description }))}
                error={error('milestonesDone')}
              />
            )}
          </>
        );
      }}
    />
  );
}

const COMPLETION_LABELS = { completedOn: 'Date completed', outcome: 'Outcome', file: 'Evidence' };

export function CompletionPage() {
  return (
    <ActionCommandPage
      title="Record completion"
      capability="update"
      status="open"
      labels={COMPLETION_LABELS}
      button="Record completion"
      success="Completion has been recorded and sent to the coordinator for sign-off."
      messages={{
        outcome: 'Describe the outcome of the action',
        completedOn: 'Enter the date completed as a real date, like 27 3 2026',
      }}
      explain={(problem) => ({
        ...problem,
        // the evidence is attached below the form: the summary's link goes to its file chooser
        errors: problem.errors?.map((e) =>
          e.field === 'evidence'
            ? {
                field: 'file',
                message: 'Attach at least one evidence document below, then record completion',
              }
            : e,
        ),
      })}
      send={(actionId, etag, form) =>
        api.POST('/api/v1/actions/{actionId}/completion', {
          params: path(actionId),
          headers: ifMatch(etag),
          body: {
            completedOn: dateValue(form, 'completedOn') ?? '',
            outcome: String(form.get('outcome') ?? ''),
          },
        })
      }
      fields={(_, error) => (
        <>
          <p className="govuk-body">
            An action is complete only with its outcome and at least one evidence document. The coordinator
            then signs it off, and only then does it show Green.
          </p>
          <DateInput
            id="completedOn"
            label={COMPLETION_LABELS.completedOn}
            defaultValue={today()}
            error={error('completedOn')}
          />
          <Textarea
            id="outcome"
            label={COMPLETION_LABELS.outcome}
            hint="What changed as a result of the action."
            error={error('outcome')}
          />
        </>
      )}
      after={(action) => (
        <section aria-labelledby="evidence" className="govuk-!-margin-top-6">
          <h2 className="govuk-heading-m" id="evidence">
            Evidence
          </h2>
          <AttachedDocuments ownerType="action" ownerId={action.id} canAttach what="evidence" />
        </section>
      )}
    />
  );
}

const SEND_BACK_LABELS = { reason: 'Why are you sending the completion back?' };

export function SendBackPage() {
  return (
    <ActionCommandPage
      title="Send the completion back"
      capability="manage"
      status="completion_submitted"
      labels={SEND_BACK_LABELS}
      button="Send back"
      success="The completion has been sent back to the lead officer."
      messages={{ reason: 'Give a reason for sending the completion back' }}
      send={(actionId, etag, form) =>
        api.POST('/api/v1/actions/{actionId}/rejection', {
          params: path(actionId),
          headers: ifMatch(etag),
          body: { reason: textValue(form, 'reason') ?? '' },
        })
      }
      fields={(_, error) => (
        <Textarea
          id="reason"
          label={SEND_BACK_LABELS.reason}
          hint="The lead officer sees this, and the action reopens for their updates."
          error={error('reason')}
        />
      )}
    />
  );
}

import { useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { FieldProblem, formProblem, newIdempotencyKey, Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { useFetched } from '../../api/use-fetched';
import { ErrorSummary, fieldError } from '../../components/error-summary';
import { DateInput, Select, TextInput } from '../../components/fields';
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
import { Textarea, textValue } from '../../components/review-fields';
import { useSession } from '../../session/session';
import { isoDateFrom } from '../audit-dates';

const LABELS: Record<string, string> = {
  reference: 'Reference',
  planSection: 'Section (optional)',
  description: 'What will be done',
  leadAgencyId: 'Lead agency',
  leadOfficerUserId: 'Lead officer',
  leadOfficerName: 'Lead officer’s name or post (optional)',
  targetDate: 'Target date',
  milestones: 'Milestones',
};

/** The lead officers of one agency, when the user may read the users list (the coordinator can). */
function useLeadOfficers(agencyId: string, readable: boolean) {
  return useFetched(async () => {
    if (!agencyId || !readable) return { data: [], response: new Response() };
    const result = await api.GET('/api/v1/users', {
      params: { query: { role: 'lead_officer', agencyId, status: 'active', limit: 200 } },
    });
    return { ...result, data: result.data?.items };
  }, [agencyId, readable]);
}

/** The recommendation the action answers, when the address names one (?recommendationId=...). */
function useAnsweredRecommendation(id: string | null) {
  return useFetched(async () => {
    if (!id) return { data: null, response: new Response() };
    return api.GET('/api/v1/recommendations/{recommendationId}', {
      params: { path: { recommendationId: id } },
    });
  }, [id]);
}

/** The coordinator adds an action to the plan: its lead, its target, and its milestones. */
export function ActionNewPage() {
  const navigate = useNavigate();
  const answers = useAnsweredRecommendation(useSearchParams()[0].get('recommendationId'));
  const { can } = useSession();
  const agencies = useAgencies(false);
  const [agencyId, setAgencyId] = useState('');
  const officers = useLeadOfficers(agencyId, can('users.read'));
  const [milestoneCount, setMilestoneCount] = useState(1);
  const [problem, setProblem] = useState<Problem>();
  const idempotencyKey = useMemo(newIdempotencyKey, []);
  const once = useSingleFlight();
  /** the form's row of each milestone sent, by its index in the request */
  const rowsSent = useRef<number[]>([]);
  usePageTitle('Add an action', problem);

  const readProblem = agencies.problem ?? answers.problem;
  if (readProblem) return <PageProblem problem={readProblem} />;
  if (!agencies.data || answers.data === undefined) return <Loading />;
  const answered = answers.data;

  const submit = async (form: FormData) => {
    const problems: FieldProblem[] = [];
    const date = (id: string, label: string) => {
      const parts = ['day', 'month', 'year'].map((p) => String(form.get(`${id}-${p}`) ?? ''));
      const result = isoDateFrom(
        { day: parts[0] ?? '', month: parts[1] ?? '', year: parts[2] ?? '' },
        id,
        label,
      );
      if (typeof result === 'object') problems.push(result);
      return typeof result === 'string' ? result : null;
    };
    if (!textValue(form, 'reference')) problems.push({ field: 'reference', message: 'Enter the reference' });
    if (!textValue(form, 'description')) {
      problems.push({ field: 'description', message: 'Enter what will be done' });
    }
    if (!agencyId) problems.push({ field: 'leadAgencyId', message: 'Choose the lead agency' });
    const toBeAgreed = form.get('targetToBeAgreed') === 'yes';
    const targetDate = date('targetDate', LABELS.targetDate ?? '');
    if (!toBeAgreed && !targetDate && !problems.some((p) => p.field === 'targetDate')) {
      problems.push({
        field: 'targetDate',
        message: 'Enter a target date, or select that it is to be agreed',
      });
    }
    const rows = Array.from({ length: milestoneCount }, (_, i) => ({
      row: i,
      description: textValue(form, `milestone-${i}`),
      dueOn: date(`milestone-${i}-dueOn`, `Milestone ${i + 1} due date`),
    })).filter((m) => m.description);
    rowsSent.current = rows.map((m) => m.row);
    const milestones = rows.map((m) => ({ description: m.description ?? '', dueOn: m.dueOn, done: false }));
    if (problems.length) return setProblem(formProblem(problems));
    const officerId = textValue(form, 'leadOfficerUserId');
    const officerName =
      textValue(form, 'leadOfficerName') ??
      officers.data?.find((officer) => officer.id === officerId)?.displayName ??
      null;
    const result = await api.POST('/api/v1/actions', {
      headers: { 'idempotency-key': idempotencyKey },
      body: {
        reference: String(form.get('reference') ?? ''),
        planSection: textValue(form, 'planSection'),
        description: String(form.get('description') ?? ''),
        leadAgencyId: agencyId,
        leadOfficerUserId: officerId,
        leadOfficerName: officerName,
        targetDate: toBeAgreed ? null : targetDate,
        targetToBeAgreed: toBeAgreed,
        recommendationIds: answered ? [answered.id] : [],
        milestones,
      },
    });
    if (!result.data) {
      return setProblem(toFormProblem(result, rowsSent.current));
    }
    const notice: Notice = { notice: `Action ${result.data.reference} has been added to the plan.` };
    void navigate(`/actions/${result.data.id}`, { state: notice });
  };
  const labels = { ...LABELS };
  for (let i = 0; i < milestoneCount; i++) {
    labels[`milestone-${i}`] = `Milestone ${i + 1}`;
    labels[`milestone-${i}-dueOn`] = `Milestone ${i + 1} due date`;
  }
  const error = (field: string) => fieldError(problem, field, labels);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/actions">Back to the action plan</BackLink>
        <ErrorSummary problem={problem} labels={labels} />
        <h1 className="govuk-heading-l">Add an action</h1>
        {answered && (
          <p className="govuk-body">
            Answers recommendation {answered.reference}: {answered.text}
          </p>
        )}
        <form onSubmit={onFormSubmit(once, submit)} noValidate>
          <TextInput
            id="reference"
            label="Reference"
            hint="For example, 1.8"
            width="govuk-input--width-10"
            error={error('reference')}
          />
          <TextInput
            id="planSection"
            label={LABELS.planSection ?? ''}
            hint="For example, Protect"
            width="govuk-input--width-20"
            error={error('planSection')}
          />
          <Textarea id="description" label={LABELS.description ?? ''} error={error('description')} />
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="leadAgencyId">
              {LABELS.leadAgencyId}
            </label>
            {error('leadAgencyId') && (
              <p id="leadAgencyId-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error('leadAgencyId')}
              </p>
            )}
            <select
              className={`govuk-select${error('leadAgencyId') ? ' govuk-select--error' : ''}`}
              id="leadAgencyId"
              name="leadAgencyId"
              value={agencyId}
              aria-describedby={error('leadAgencyId') ? 'leadAgencyId-error' : undefined}
              onChange={(event) => setAgencyId(event.target.value)}
            >
              <option value="">Choose an agency</option>
              {agencies.data.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
          </div>
          {can('users.read') && agencyId && (
            <Select
              key={agencyId}
              id="leadOfficerUserId"
              label={LABELS.leadOfficerUserId ?? ''}
              hint="People in the lead agency with the lead officer role"
              options={[
                {
                  value: '',
                  label: officers.data?.length ? 'Choose a lead officer' : 'No lead officers in this agency',
                },
                ...(officers.data ?? []).map((user) => ({ value: user.id, label: user.displayName })),
              ]}
              error={error('leadOfficerUserId')}
            />
          )}
          <TextInput
            id="leadOfficerName"
            label={LABELS.leadOfficerName ?? ''}
            hint="Shown in the plan; the chosen lead officer’s name when left blank"
            error={error('leadOfficerName')}
          />
          <DateInput
            id="targetDate"
            label={LABELS.targetDate ?? ''}
            hint="For example, 31 3 2027"
            error={error('targetDate')}
          />
          <div className="govuk-form-group">
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id="targetToBeAgreed"
                  name="targetToBeAgreed"
                  type="checkbox"
                  value="yes"
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor="targetToBeAgreed">
                  The target date is to be agreed
                </label>
              </div>
            </div>
          </div>
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
              Milestones (optional)
            </legend>
            {Array.from({ length: milestoneCount }, (_, i) => (
              <div key={i} className="govuk-!-margin-bottom-4">
                <TextInput
                  id={`milestone-${i}`}
                  label={`Milestone ${i + 1}`}
                  error={error(`milestone-${i}`)}
                />
                <DateInput
                  id={`milestone-${i}-dueOn`}
                  label={`Milestone ${i + 1} due date (optional)`}
                  error={error(`milestone-${i}-dueOn`)}
                />
              </div>
            ))}
            <ActionButton variant="secondary" onClick={() => setMilestoneCount((n) => n + 1)}>
              Add another milestone
            </ActionButton>
          </fieldset>
          <ActionButton type="submit">Add action</ActionButton>
        </form>
      </div>
    </div>
  );
}

/** The api's problem, with milestones' fields ("milestones.0.description") pointed at their inputs. */
function toFormProblem(result: { error?: unknown; response: Response }, rows: number[]): Problem {
  const body = (
    typeof result.error === 'object' && result.error !== null ? result.error : {}
  ) as Partial<Problem>;
  const errors = Array.isArray(body.errors)
    ? body.errors.map((e) => {
        const match = /^milestones\.(\d+)\.(\w+)/.exec(e.field);
        if (!match) return { ...e, message: e.message.replace(/, written YYYY-MM-DD$/, '') };
        const row = rows[Number(match[1])] ?? Number(match[1]);
        const field = match[2] === 'dueOn' ? `milestone-${row}-dueOn` : `milestone-${row}`;
        return { field, message: `Milestone ${row + 1}: ${e.message}` };
      })
    : undefined;
  return {
    status: result.response.status,
    code: typeof body.code === 'string' ? body.code : 'error',
    detail: typeof body.detail === 'string' ? body.detail : 'Sorry, there is a problem with the service.',
    errors,
  };
}

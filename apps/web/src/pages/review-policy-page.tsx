import { useState } from 'react';
import { api } from '../api/client';
import { Problem, toProblem } from '../api/problem';
import { useFetched } from '../api/use-fetched';
import { ErrorSummary, fieldError } from '../components/error-summary';
import { TextInput } from '../components/fields';
import {
  ActionButton,
  Loading,
  onFormSubmit,
  PageProblem,
  SuccessBanner,
  usePageTitle,
  useSingleFlight,
} from '../components/page';
import { useSession } from '../session/session';

const LABELS = {
  decisionMonths: 'Months to decide',
  completionMonths: 'Months to complete',
  warningDays: 'Days of warning',
};

/** A whole number as typed, or the text itself so that the api names the mistake. */
const wholeNumber = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  return /^\d+$/.test(text) ? Number(text) : (text as unknown as number);
};

/**
 * The partnership's statutory periods, from which every review's clocks are computed: the 2016 guidance
 * (decide within a month of notification, complete within six months of the decision) unless changed here.
 */
export function ReviewPolicyPage() {
  const policy = useFetched(() => api.GET('/api/v1/review-policy'), []);
  const { can } = useSession();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const once = useSingleFlight();
  usePageTitle('Review time limits', problem);

  if (policy.problem) return <PageProblem problem={policy.problem} />;
  if (!policy.data) return <Loading />;
  const current = policy.data;
  const editable = can('reviews.policy.manage');

  const save = onFormSubmit(once, async (form) => {
    const result = await api.PUT('/api/v1/review-policy', {
      headers: { 'if-match': policy.etag },
      body: {
        decisionMonths: wholeNumber(form.get('decisionMonths')),
        completionMonths: wholeNumber(form.get('completionMonths')),
        warningDays: wholeNumber(form.get('warningDays')),
      },
    });
    if (!result.data) return setProblem(toProblem(result));
    setProblem(undefined);
    setNotice('The time limits have been saved. Every review’s clocks now follow them.');
    policy.reload();
  });
  const field = (id: keyof typeof LABELS, hint: string) => (
    <TextInput
      id={id}
      label={LABELS[id]}
      hint={hint}
      width="govuk-input--width-3"
      defaultValue={String(current[id])}
      error={fieldError(problem, id, LABELS)}
    />
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SuccessBanner message={problem ? undefined : notice} />
        <ErrorSummary
          problem={problem}
          labels={LABELS}
          stale={{ what: 'the time limits', reload: () => (setProblem(undefined), policy.reload()) }}
        />
        <h1 className="govuk-heading-l">Review time limits</h1>
        <p className="govuk-body">
          Statutory guidance (2016) asks for a decision within 1 month of notification and completion within 6
          months of the decision. {current.version === 0 ? 'This partnership follows the guidance.' : ''}
        </p>
        {editable ? (
          <form key={policy.etag} onSubmit={save} noValidate>
            {field('decisionMonths', 'From notification to the decision, in calendar months')}
            {field(
              'completionMonths',
              'From the decision to submission to the Home Office, in calendar months',
            )}
            {field(
              'warningDays',
              'How many days before a due date a clock shows as due soon and an alert is sent',
            )}
            <ActionButton type="submit">Save time limits</ActionButton>
          </form>
        ) : (
          <dl className="govuk-summary-list">
            {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((key) => (
              <div className="govuk-summary-list__row" key={key}>
                <dt className="govuk-summary-list__key">{LABELS[key]}</dt>
                <dd className="govuk-summary-list__value">{current[key]}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  );
}

import { Fragment, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { FieldProblem, formProblem, newIdempotencyKey, Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { fieldError } from '../../components/error-summary';
import { DateInput, describedBy, HintAndError, Select, TextInput } from '../../components/fields';
import { ActionButton, Notice, onFormSubmit, useSingleFlight } from '../../components/page';
import { Radios, Textarea, textValue } from '../../components/review-fields';
import { ReviewSubPage } from '../reviews/panel-parts';
import { reviewProblem } from '../reviews/review-parts';
import { checked, dateFrom, useThemes } from './learning-parts';
import { ThemeBoxes } from './lessons-page';

const LABELS = {
  reference: 'Reference',
  level: 'Level',
  text: 'Recommendation',
  scope: 'Scope',
  nationalRecipient: 'National recipient',
  nationalNotifiedOn: 'Date told',
  leadAgencyId: 'Lead agency',
  targetDate: 'Target date',
  targetToBeAgreed: 'To be agreed',
  themeIds: 'Themes',
};

const SCOPES = [
  { value: 'local', label: 'Local' },
  { value: 'regional', label: 'Regional' },
  { value: 'national', label: 'National', hint: 'For a national body, such as the Home Office' },
];

type Scope = 'local' | 'regional' | 'national';
type Level = 'panel' | 'single_agency';

/** Adds a panel or single-agency recommendation to the review, with its lead agency and target (rule 11). */
export function RecommendationNewPage() {
  const reviewId = useParams().reviewId ?? '';
  const navigate = useNavigate();
  const agencies = useAgencies(false);
  const themes = useThemes();
  const [scope, setScope] = useState<string>('');
  const [problem, setProblem] = useState<Problem>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const once = useSingleFlight();
  const error = (field: string) => fieldError(problem, field, LABELS);

  const submit = async (form: FormData) => {
    const problems: FieldProblem[] = [];
    const reference = textValue(form, 'reference');
    const level = textValue(form, 'level');
    const text = textValue(form, 'text');
    const chosenScope = textValue(form, 'scope');
    const national = chosenScope === 'national';
    const nationalRecipient = national ? textValue(form, 'nationalRecipient') : null;
    const nationalNotifiedOn = national
      ? dateFrom(form, 'nationalNotifiedOn', LABELS.nationalNotifiedOn, problems)
      : null;
    const leadAgencyId = textValue(form, 'leadAgencyId');
    const targetDate = dateFrom(form, 'targetDate', LABELS.targetDate, problems);
    const toBeAgreed = form.get('targetToBeAgreed') === 'yes';
    if (!reference) problems.push({ field: 'reference', message: 'Enter the reference' });
    if (!level)
      problems.push({
        field: 'level',
        message: 'Choose whether it is a panel or single-agency recommendation',
      });
    if (!text) problems.push({ field: 'text', message: 'Enter the recommendation' });
    if (!chosenScope) problems.push({ field: 'scope', message: 'Choose local, regional or national' });
    if (national && !nationalRecipient) {
      problems.push({
        field: 'nationalRecipient',
        message: 'Enter who receives a national recommendation, for example the Home Office',
      });
    }
    if (!leadAgencyId) problems.push({ field: 'leadAgencyId', message: 'Choose the lead agency' });
    const dateTyped = problems.some((p) => p.field === 'targetDate');
    if (!dateTyped && !targetDate && !toBeAgreed) {
      problems.push({
        field: 'targetDate',
        message: 'Enter a target date, or select that it is to be agreed',
      });
    }
    if (targetDate && toBeAgreed) {
      problems.push({
        field: 'targetToBeAgreed',
        message: 'A target date has been given, so it is not to be agreed: choose one',
      });
    }
    if (problems.length) return setProblem(formProblem(problems));
    const result = await api.POST('/api/v1/reviews/{reviewId}/recommendations', {
      params: { path: { reviewId } },
      headers: { 'idempotency-key': idempotencyKey },
      body: {
        reference: reference ?? '',
        level: level as Level,
        text: text ?? '',
        scope: chosenScope as Scope,
        nationalRecipient,
        nationalNotifiedOn,
        leadAgencyId,
        targetDate,
        targetToBeAgreed: toBeAgreed,
        themeIds: checked(form, 'themeIds'),
      },
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
          <TextInput
            id="reference"
            label={LABELS.reference}
            hint="For example, 5 or P1"
            width="govuk-input--width-10"
            error={error('reference')}
          />
          <Radios
            id="level"
            label={LABELS.level}
            options={[
              {
                value: 'panel',
                label: 'Panel',
                hint: 'A recommendation of the review panel to the partnership',
              },
              {
                value: 'single_agency',
                label: 'Single agency',
                hint: 'For one agency, usually from its IMR',
              },
            ]}
            error={error('level')}
          />
          <Textarea id="text" label={LABELS.text} error={error('text')} />
          <ScopeRadios scope={scope} onChange={setScope} error={error} />
          <Select
            id="leadAgencyId"
            label={LABELS.leadAgencyId}
            options={[
              { value: '', label: 'Choose an agency' },
              ...(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name })),
            ]}
            error={error('leadAgencyId')}
          />
          <DateInput
            id="targetDate"
            label={LABELS.targetDate}
            hint="For example, 31 3 2027. Leave it blank when it is to be agreed."
            error={error('targetDate')}
          />
          <div className={`govuk-form-group${error('targetToBeAgreed') ? ' govuk-form-group--error' : ''}`}>
            <HintAndError id="targetToBeAgreed" error={error('targetToBeAgreed')} />
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id="targetToBeAgreed"
                  name="targetToBeAgreed"
                  type="checkbox"
                  value="yes"
                  aria-describedby={describedBy('targetToBeAgreed', undefined, error('targetToBeAgreed'))}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor="targetToBeAgreed">
                  The target date is to be agreed
                </label>
              </div>
            </div>
          </div>
          <ThemeBoxes themes={themes.data ?? []} error={error('themeIds')} />
          <ActionButton type="submit">Add recommendation</ActionButton>
        </form>
      )}
    </ReviewSubPage>
  );
}

/** Scope radios; choosing national reveals who it goes to and when they were told (GOV.UK conditional reveal). */
function ScopeRadios(props: {
  scope: string;
  onChange(scope: string): void;
  error(field: string): string | undefined;
}) {
  const scopeError = props.error('scope');
  return (
    <div className={`govuk-form-group${scopeError ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy('scope', undefined, scopeError)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{LABELS.scope}</legend>
        <HintAndError id="scope" error={scopeError} />
        <div className="govuk-radios">
          {SCOPES.map((option, index) => {
            const inputId = index === 0 ? 'scope' : `scope-${option.value}`;
            return (
              <Fragment key={option.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={inputId}
                    name="scope"
                    type="radio"
                    value={option.value}
                    checked={props.scope === option.value}
                    onChange={() => props.onChange(option.value)}
                    aria-controls={option.value === 'national' ? 'conditional-national' : undefined}
                    aria-describedby={option.hint ? `${inputId}-item-hint` : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div id={`${inputId}-item-hint`} className="govuk-hint govuk-radios__hint">
                      {option.hint}
                    </div>
                  )}
                </div>
                {option.value === 'national' && (
                  <div
                    className={`govuk-radios__conditional${
                      props.scope === 'national' ? '' : ' govuk-radios__conditional--hidden'
                    }`}
                    id="conditional-national"
                  >
                    <TextInput
                      id="nationalRecipient"
                      label={LABELS.nationalRecipient}
                      hint="Who the recommendation goes to, for example the Home Office"
                      error={props.error('nationalRecipient')}
                    />
                    <DateInput
                      id="nationalNotifiedOn"
                      label="Date told (optional)"
                      hint="When they were told of it. Leave it blank until they are."
                      error={props.error('nationalNotifiedOn')}
                    />
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

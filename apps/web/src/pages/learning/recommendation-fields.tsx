import { Fragment, useState } from 'react';
import { FieldProblem } from '../../api/problem';
import { Agency } from '../../api/use-agencies';
import { DateInput, describedBy, HintAndError, Select, TextInput } from '../../components/fields';
import { Radios, Textarea, textValue } from '../../components/review-fields';
import { dateParts } from '../reviews/review-record-parts';
import { checked, dateFrom, Recommendation, Theme } from './learning-parts';
import { ThemeBoxes } from './lessons-page';

export const RECOMMENDATION_LABELS = {
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

const LABELS = RECOMMENDATION_LABELS;

const SCOPES = [
  { value: 'local', label: 'Local' },
  { value: 'regional', label: 'Regional' },
  { value: 'national', label: 'National', hint: 'For a national body, such as the Home Office' },
];

type Scope = 'local' | 'regional' | 'national';
type Level = 'panel' | 'single_agency';

/** What the form says of a recommendation, as the api takes it (a new one, or every field of a change). */
export interface RecommendationBody {
  reference: string;
  level: Level;
  text: string;
  scope: Scope;
  nationalRecipient: string | null;
  nationalNotifiedOn: string | null;
  leadAgencyId: string | null;
  targetDate: string | null;
  targetToBeAgreed: boolean;
  themeIds: string[];
}

/**
 * The form's recommendation, or what is wrong with it, told as the form's fields: rule 11 (a lead agency, and a
 * target date or "to be agreed"), and a named recipient for a national one. A recipient and date told are sent
 * only for a national recommendation, so changing the scope away from national clears them.
 */
export function readRecommendation(form: FormData): { body: RecommendationBody; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const reference = textValue(form, 'reference');
  const level = textValue(form, 'level');
  const text = textValue(form, 'text');
  const scope = textValue(form, 'scope');
  const national = scope === 'national';
  const nationalRecipient = national ? textValue(form, 'nationalRecipient') : null;
  const nationalNotifiedOn = national
    ? dateFrom(form, 'nationalNotifiedOn', LABELS.nationalNotifiedOn, problems)
    : null;
  const leadAgencyId = textValue(form, 'leadAgencyId');
  const targetDate = dateFrom(form, 'targetDate', LABELS.targetDate, problems);
  const toBeAgreed = form.get('targetToBeAgreed') === 'yes';
  if (!reference) problems.push({ field: 'reference', message: 'Enter the reference' });
  if (!level) {
    problems.push({
      field: 'level',
      message: 'Choose whether it is a panel or single-agency recommendation',
    });
  }
  if (!text) problems.push({ field: 'text', message: 'Enter the recommendation' });
  if (!scope) problems.push({ field: 'scope', message: 'Choose local, regional or national' });
  if (national && !nationalRecipient) {
    problems.push({
      field: 'nationalRecipient',
      message: 'Enter who receives a national recommendation, for example the Home Office',
    });
  }
  if (!leadAgencyId) problems.push({ field: 'leadAgencyId', message: 'Choose the lead agency' });
  const dateTyped = problems.some((p) => p.field === 'targetDate');
  if (!dateTyped && !targetDate && !toBeAgreed) {
    problems.push({ field: 'targetDate', message: 'Enter a target date, or select that it is to be agreed' });
  }
  if (targetDate && toBeAgreed) {
    problems.push({
      field: 'targetToBeAgreed',
      message: 'A target date has been given, so it is not to be agreed: choose one',
    });
  }
  return {
    problems,
    body: {
      reference: reference ?? '',
      level: level as Level,
      text: text ?? '',
      scope: scope as Scope,
      nationalRecipient,
      nationalNotifiedOn,
      leadAgencyId,
      targetDate,
      targetToBeAgreed: toBeAgreed,
      themeIds: checked(form, 'themeIds'),
    },
  };
}

/**
 * The fields of a recommendation, empty or filled with one to change. Key the form by the recommendation's
 * version, so reading it again (after someone else changed it) fills the fields afresh.
 */
export function RecommendationFields(props: {
  recommendation?: Recommendation;
  agencies: Agency[];
  themes: Theme[];
  error(field: string): string | undefined;
}) {
  const { recommendation: current, error } = props;
  const [scope, setScope] = useState<string>(current?.scope ?? '');
  // agencies no longer taking part are offered only to the recommendation they already lead
  const agencies = props.agencies.filter((agency) => agency.active || agency.id === current?.leadAgencyId);
  return (
    <>
      <TextInput
        id="reference"
        label={LABELS.reference}
        hint="For example, 5 or P1"
        width="govuk-input--width-10"
        defaultValue={current?.reference}
        error={error('reference')}
      />
      <Radios
        id="level"
        label={LABELS.level}
        options={[
          { value: 'panel', label: 'Panel', hint: 'A recommendation of the review panel to the partnership' },
          { value: 'single_agency', label: 'Single agency', hint: 'For one agency, usually from its IMR' },
        ]}
        defaultValue={current?.level}
        error={error('level')}
      />
      <Textarea id="text" label={LABELS.text} defaultValue={current?.text} error={error('text')} />
      <ScopeRadios scope={scope} onChange={setScope} current={current} error={error} />
      <Select
        id="leadAgencyId"
        label={LABELS.leadAgencyId}
        options={[
          { value: '', label: 'Choose an agency' },
          ...agencies.map((agency) => ({
            value: agency.id,
            label: agency.active ? agency.name : `${agency.name} (no longer taking part)`,
          })),
        ]}
        defaultValue={current?.leadAgencyId ?? ''}
        error={error('leadAgencyId')}
      />
      <DateInput
        id="targetDate"
        label={LABELS.targetDate}
        hint="For example, 31 3 2027. Leave it blank when it is to be agreed."
        defaultValue={current?.targetToBeAgreed ? undefined : dateParts(current?.targetDate)}
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
              defaultChecked={current?.targetToBeAgreed}
              aria-describedby={describedBy('targetToBeAgreed', undefined, error('targetToBeAgreed'))}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="targetToBeAgreed">
              The target date is to be agreed
            </label>
          </div>
        </div>
      </div>
      <ThemeBoxes themes={props.themes} chosen={current?.themeIds} error={error('themeIds')} />
    </>
  );
}

/** Scope radios; choosing national reveals who it goes to and when they were told (GOV.UK conditional reveal). */
function ScopeRadios(props: {
  scope: string;
  onChange(scope: string): void;
  current?: Recommendation;
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
                      defaultValue={props.current?.nationalRecipient ?? undefined}
                      error={props.error('nationalRecipient')}
                    />
                    <DateInput
                      id="nationalNotifiedOn"
                      label="Date told (optional)"
                      hint="When they were told of it. Leave it blank until they are."
                      defaultValue={dateParts(props.current?.nationalNotifiedOn)}
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

import { ReactNode } from 'react';
import { describedBy, FieldProps, HintAndError } from './fields';

interface Option {
  value: string;
  label: string;
  hint?: string;
}

/** GOV.UK radios in a fieldset whose legend is the question; the first radio carries the id errors link to. */
export function Radios(
  props: FieldProps & { options: Option[]; defaultValue?: string; inline?: boolean; legendSize?: 's' | 'm' },
) {
  const { id, label, hint, error } = props;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${props.legendSize ?? 's'}`}>
          {label}
        </legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div
          className={`govuk-radios${props.inline ? ' govuk-radios--inline' : ''}`}
          data-module="govuk-radios"
        >
          {props.options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={inputId}
                  name={id}
                  type="radio"
                  value={option.value}
                  defaultChecked={props.defaultValue === option.value}
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
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Textarea(props: FieldProps & { defaultValue?: string; rows?: number }) {
  const { id, label, hint, error } = props;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={props.rows ?? 5}
        defaultValue={props.defaultValue}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

/** A fieldset grouping several questions under one legend. */
export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">{legend}</h2>
      </legend>
      {children}
    </fieldset>
  );
}

/** A GOV.UK date input's three boxes as YYYY-MM-DD; null when all three are empty. */
export function dateValue(form: FormData, id: string): string | null {
  const [day, month, year] = ['day', 'month', 'year'].map((part) =>
    String(form.get(`${id}-${part}`) ?? '').trim(),
  );
  if (!day && !month && !year) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Text from a form, trimmed; null when empty. */
export function textValue(form: FormData, id: string): string | null {
  return String(form.get(id) ?? '').trim() || null;
}

import { ReactNode } from 'react';

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

interface Option {
  value: string;
  label: string;
}

/** The aria-describedby of a field: its hint and its error, when it has them. */
export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A field's hint and its GOV.UK error message. */
export function HintAndError({ id, hint, error }: Omit<FieldProps, 'label'>) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}

/** A GOV.UK form group: the label, hint and error of one control. */
export function FormGroup({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

export function TextInput(
  props: FieldProps & {
    type?: 'text' | 'email' | 'password';
    autoComplete?: string;
    defaultValue?: string;
    spellCheck?: boolean;
    /** a GOV.UK width class, e.g. govuk-input--width-20; full width when absent */
    width?: string;
  },
) {
  const { id, error, hint } = props;
  return (
    <FormGroup {...props}>
      <input
        className={['govuk-input', props.width, error ? 'govuk-input--error' : ''].filter(Boolean).join(' ')}
        id={id}
        name={id}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete ?? 'off'}
        defaultValue={props.defaultValue}
        spellCheck={props.spellCheck}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FormGroup>
  );
}

export function Select(props: FieldProps & { options: Option[]; defaultValue?: string }) {
  const { id, error, hint } = props;
  return (
    <FormGroup {...props}>
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        defaultValue={props.defaultValue}
        aria-describedby={describedBy(id, hint, error)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}

/** Checkboxes in a fieldset whose legend is the question; the first box carries the id errors link to. */
export function Checkboxes(props: FieldProps & { options: Option[]; defaultValues?: readonly string[] }) {
  const { id, label, hint, error } = props;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {props.options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={inputId}
                  name={id}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={props.defaultValues?.includes(option.value)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** The GOV.UK date input: day, month and year in a fieldset; the day box carries the id errors link to. */
export function DateInput(
  props: FieldProps & { defaultValue?: { day: string; month: string; year: string } },
) {
  const { id, label, hint, error } = props;
  const part = (name: 'day' | 'month' | 'year', caption: string, width: string) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label
          className="govuk-label govuk-date-input__label"
          htmlFor={name === 'day' ? id : `${id}-${name}`}
        >
          {caption}
        </label>
        <input
          className={`govuk-input govuk-date-input__input ${width}${error ? ' govuk-input--error' : ''}`}
          id={name === 'day' ? id : `${id}-${name}`}
          name={`${id}-${name}`}
          type="text"
          inputMode="numeric"
          defaultValue={props.defaultValue?.[name]}
        />
      </div>
    </div>
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="govuk-date-input">
          {part('day', 'Day', 'govuk-input--width-2')}
          {part('month', 'Month', 'govuk-input--width-2')}
          {part('year', 'Year', 'govuk-input--width-4')}
        </div>
      </fieldset>
    </div>
  );
}

import { ReactNode, useState } from 'react';
import { FieldProblem } from '../../api/problem';
import { DateInput, HintAndError, Select, TextInput } from '../../components/fields';
import { ApproximateDate } from './panel-parts';

type Precision = ApproximateDate['precision'];

const PRECISIONS: { value: Precision; label: string; hint: string }[] = [
  { value: 'day', label: 'An exact day', hint: 'For example, 6 February 2014' },
  { value: 'month', label: 'A month', hint: 'For example, August 2013 or mid-August 2013' },
  { value: 'season', label: 'A season', hint: 'For example, spring 2007 or late autumn 2013' },
  { value: 'year', label: 'A year', hint: 'For example, 1985 or early 2010' },
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
const QUALIFIERS = ['early', 'mid', 'late'] as const;
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

interface Props {
  /** the api's field name; the first radio carries it, so the error summary links there */
  id: string;
  legend: string;
  hint?: string;
  defaultValue?: ApproximateDate;
  error?: string;
}

/**
 * A date as a report gives it ("spring 2007", "mid-August 2013"): how precisely it is known, as radios,
 * each revealing its own boxes (GOV.UK conditional reveal), and an optional early / mid / late.
 */
export function ApproximateDateFields({ id, legend, hint, defaultValue, error }: Props) {
  const [precision, setPrecision] = useState<string>(defaultValue?.precision ?? '');
  const of = (p: Precision) => (defaultValue?.precision === p ? defaultValue : undefined);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');

  const qualifier = (prefix: string, p: Precision) => (
    <Select
      id={`${prefix}-qualifier`}
      label="Early, mid or late (optional)"
      defaultValue={of(p)?.qualifier ?? ''}
      options={[
        { value: '', label: 'Not given' },
        ...QUALIFIERS.map((q) => ({ value: q, label: capitalised(q) })),
      ]}
    />
  );
  const year = (boxId: string, p: Precision) => (
    <TextInput
      id={boxId}
      label="Year"
      width="govuk-input--width-4"
      defaultValue={of(p) ? String(of(p)?.year) : undefined}
    />
  );
  const reveal: Record<Precision, ReactNode> = {
    day: (
      <DateInput
        id={`${id}-d`}
        label="Date"
        hint="For example, 6 2 2014"
        defaultValue={
          of('day') && {
            day: String(of('day')?.day ?? ''),
            month: String(of('day')?.month ?? ''),
            year: String(of('day')?.year ?? ''),
          }
        }
      />
    ),
    month: (
      <>
        <Select
          id={`${id}-m-month`}
          label="Month"
          defaultValue={of('month')?.month ? String(of('month')?.month) : ''}
          options={[
            { value: '', label: 'Choose a month' },
            ...MONTHS.map((name, index) => ({ value: String(index + 1), label: name })),
          ]}
        />
        {year(`${id}-m-year`, 'month')}
        {qualifier(`${id}-m`, 'month')}
      </>
    ),
    season: (
      <>
        <Select
          id={`${id}-s-season`}
          label="Season"
          hint="Winter runs from December into the next year"
          defaultValue={of('season')?.season ?? ''}
          options={[
            { value: '', label: 'Choose a season' },
            ...SEASONS.map((s) => ({ value: s, label: capitalised(s) })),
          ]}
        />
        {year(`${id}-s-year`, 'season')}
        {qualifier(`${id}-s`, 'season')}
      </>
    ),
    year: (
      <>
        {year(`${id}-y-year`, 'year')}
        {qualifier(`${id}-y`, 'year')}
      </>
    ),
  };

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="govuk-radios" data-module="govuk-radios">
          {PRECISIONS.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            const revealId = `${id}-${option.value}-conditional`;
            const shown = precision === option.value;
            return (
              <div key={option.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={inputId}
                    name={`${id}-precision`}
                    type="radio"
                    value={option.value}
                    checked={shown}
                    onChange={() => setPrecision(option.value)}
                    aria-controls={revealId}
                    aria-describedby={`${inputId}-item-hint`}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                    {option.label}
                  </label>
                  <div id={`${inputId}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                </div>
                <div
                  className={`govuk-radios__conditional${shown ? '' : ' govuk-radios__conditional--hidden'}`}
                  id={revealId}
                >
                  {reveal[option.value]}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * The approximate date the boxes give, or the problems with it (each for the field `id`), in the words of
 * the form: `what` names the date ("the start of the period").
 */
export function approximateDateValue(
  form: FormData,
  id: string,
  what: string,
): { date?: ApproximateDate; problems: FieldProblem[] } {
  const precision = text(form, `${id}-precision`) as Precision | '';
  const problem = (message: string) => ({ problems: [{ field: id, message }] });
  if (!precision) return problem(`Select how precisely you know ${what}`);
  const yearOf = (name: string): number | string => {
    const year = text(form, name);
    if (!year) return `Enter the year of ${what}`;
    if (!/^\d{4}$/.test(year)) return `The year of ${what} must include 4 numbers`;
    return Number(year);
  };
  const qualifierOf = (prefix: string) => {
    const chosen = text(form, `${prefix}-qualifier`);
    return chosen ? { qualifier: chosen as ApproximateDate['qualifier'] } : {};
  };

  if (precision === 'day') {
    const [day, month, year] = ['day', 'month', 'year'].map((part) => text(form, `${id}-d-${part}`));
    if (!day || !month || !year) return problem(`Enter the day, month and year of ${what}`);
    if (![day, month].every((n) => /^\d{1,2}$/.test(n)) || !/^\d{4}$/.test(year)) {
      return problem(`${capitalised(what)} must be a real date`);
    }
    return { date: { precision, day: Number(day), month: Number(month), year: Number(year) }, problems: [] };
  }
  if (precision === 'month') {
    const month = text(form, `${id}-m-month`);
    const year = yearOf(`${id}-m-year`);
    const problems = [
      ...(month ? [] : [{ field: id, message: `Select the month of ${what}` }]),
      ...(typeof year === 'string' ? [{ field: id, message: year }] : []),
    ];
    if (problems.length || typeof year === 'string') return { problems };
    return { date: { precision, month: Number(month), year, ...qualifierOf(`${id}-m`) }, problems };
  }
  if (precision === 'season') {
    const season = text(form, `${id}-s-season`) as ApproximateDate['season'];
    const year = yearOf(`${id}-s-year`);
    const problems = [
      ...(season ? [] : [{ field: id, message: `Select the season of ${what}` }]),
      ...(typeof year === 'string' ? [{ field: id, message: year }] : []),
    ];
    if (problems.length || typeof year === 'string') return { problems };
    return { date: { precision, season, year, ...qualifierOf(`${id}-s`) }, problems };
  }
  const year = yearOf(`${id}-y-year`);
  if (typeof year === 'string') return problem(year);
  return { date: { precision: 'year', year, ...qualifierOf(`${id}-y`) }, problems: [] };
}

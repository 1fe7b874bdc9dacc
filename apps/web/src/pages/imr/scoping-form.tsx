import { useState } from 'react';
import { api, Schemas } from '../../api/client';
import { FieldProblem, newIdempotencyKey, Problem } from '../../api/problem';
import { Agency } from '../../api/use-agencies';
import { fieldError } from '../../components/error-summary';
import { DateInput, FormGroup } from '../../components/fields';
import { ActionButton, onFormSubmit, useSingleFlight } from '../../components/page';
import { dateValue, Radios, textValue } from '../../components/review-fields';
import { reviewProblem } from '../reviews/review-parts';
import { ImrRequest } from './imr-parts';
import { Person } from './scoping-parts';

export const SCOPE_LABELS = {
  agencyId: 'Agency',
  kind: 'What the agency is asked for',
  dueOn: 'Due date',
  authorUserId: 'IMR author',
  seniorManagerUserId: 'Senior manager',
};

const KINDS: { value: Schemas['ScopeAgencyRequest']['kind']; label: string; hint: string }[] = [
  {
    value: 'imr',
    label: 'Full IMR (Individual Management Review)',
    hint: 'A chronology, answers to the terms of reference and recommendations, signed off by a senior manager',
  },
  { value: 'summary', label: 'Summary of involvement', hint: 'Answers to the terms of reference' },
  { value: 'nil_return', label: 'Nil return', hint: 'The agency confirms it had no contact' },
];

type ScopeBody = Schemas['ScopeAgencyRequest'];

function bodyFrom(form: FormData): ScopeBody {
  return {
    agencyId: String(form.get('agencyId') ?? ''),
    kind: String(form.get('kind') ?? '') as ScopeBody['kind'],
    dueOn: dateValue(form, 'dueOn') ?? '',
    authorUserId: String(form.get('authorUserId') ?? ''),
    seniorManagerUserId: textValue(form, 'seniorManagerUserId'),
  };
}

/** The form's words for what was left out, in place of the api's. */
function messagesFor(body: ScopeBody): Record<string, string> {
  return {
    ...(!body.agencyId && { agencyId: 'Select the agency' }),
    ...(body.kind ? {} : { kind: 'Select what the agency is asked for' }),
    ...(!body.dueOn && { dueOn: 'Enter the due date' }),
    ...(!body.authorUserId && { authorUserId: 'Select the IMR author' }),
  };
}

/**
 * The api checks the request's shape before its rules, so a form with a field left out would not hear that a
 * full IMR needs a senior manager until it is sent again: that one is added here.
 */
function withSeniorManager(problem: Problem, body: ScopeBody): Problem {
  const errors = problem.errors ?? [];
  if (problem.status !== 400 || body.kind !== 'imr' || body.seniorManagerUserId) return problem;
  if (errors.some((error) => error.field === 'seniorManagerUserId')) return problem;
  const missing: FieldProblem = {
    field: 'seniorManagerUserId',
    message: 'Choose the senior manager who will sign off the IMR',
  };
  return { ...problem, errors: [...errors, missing] };
}

const holding = (people: Person[], agencyId: string, role: Person['roles'][number]) =>
  people.filter(
    (person) =>
      person.status !== 'deactivated' && person.agencyId === agencyId && person.roles.includes(role),
  );

/**
 * Asks one more agency for information. Choosing its author needs the partnership's people, which only the
 * coordinator may read: anyone else is told to ask the coordinator.
 */
export function AskAgencyForm(props: {
  reviewId: string;
  agencies: Agency[];
  people: Person[] | undefined;
  onProblem(problem: Problem | undefined): void;
  onScoped(request: ImrRequest): void;
}) {
  const { agencies, people } = props;
  const [problem, setProblem] = useState<Problem>();
  const [agencyId, setAgencyId] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [generation, setGeneration] = useState(0);
  const once = useSingleFlight();
  const error = (field: string) => fieldError(problem, field, SCOPE_LABELS);

  if (!people) {
    return (
      <>
        <h2 className="govuk-heading-m">Ask an agency</h2>
        <p className="govuk-body">
          To ask another agency for information, ask the partnership coordinator: choosing the agency’s IMR
          author needs the partnership’s list of people.
        </p>
      </>
    );
  }
  if (agencies.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Ask an agency</h2>
        <p className="govuk-body">Every agency of the partnership has been asked.</p>
      </>
    );
  }

  const submit = async (form: FormData) => {
    const body = bodyFrom(form);
    const result = await api.POST('/api/v1/reviews/{reviewId}/imr-requests', {
      params: { path: { reviewId: props.reviewId } },
      headers: { 'idempotency-key': idempotencyKey },
      body,
    });
    if (!result.data) {
      const found = withSeniorManager(reviewProblem(result, messagesFor(body)), body);
      setProblem(found);
      return props.onProblem(found);
    }
    setProblem(undefined);
    setAgencyId('');
    setIdempotencyKey(newIdempotencyKey());
    setGeneration((g) => g + 1);
    props.onScoped(result.data);
  };

  const authors = holding(people, agencyId, 'imr_author');
  const managers = holding(people, agencyId, 'lead_officer');
  const pickAgencyFirst = agencyId ? [] : [{ value: '', label: 'Choose the agency first' }];
  return (
    <form key={generation} onSubmit={onFormSubmit(once, submit)} noValidate>
      <h2 className="govuk-heading-m">Ask an agency</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Choice
            id="agencyId"
            label={SCOPE_LABELS.agencyId}
            value={agencyId}
            onChange={setAgencyId}
            options={[
              { value: '', label: 'Choose an agency' },
              ...agencies.map((agency) => ({ value: agency.id, label: agency.name })),
            ]}
            error={error('agencyId')}
          />
          <Radios id="kind" label={SCOPE_LABELS.kind} options={KINDS} error={error('kind')} />
          <DateInput
            id="dueOn"
            label={SCOPE_LABELS.dueOn}
            hint="For example, 31 1 2027"
            error={error('dueOn')}
          />
          <Choice
            id="authorUserId"
            label={SCOPE_LABELS.authorUserId}
            hint="People of the agency with the IMR author role"
            options={
              agencyId
                ? [
                    {
                      value: '',
                      label: authors.length ? 'Choose the author' : 'No IMR author in this agency',
                    },
                    ...authors.map((person) => ({ value: person.id, label: person.displayName })),
                  ]
                : pickAgencyFirst
            }
            error={error('authorUserId')}
          />
          <Choice
            id="seniorManagerUserId"
            label="Senior manager who signs off (needed for a full IMR)"
            hint="People of the agency with the lead officer role; not the author"
            options={
              agencyId
                ? [
                    { value: '', label: 'None' },
                    ...managers.map((person) => ({ value: person.id, label: person.displayName })),
                  ]
                : pickAgencyFirst
            }
            error={error('seniorManagerUserId')}
          />
          <ActionButton type="submit">Add agency</ActionButton>
        </div>
      </div>
    </form>
  );
}

/** A select whose options follow another field; controlled when `value` is given. */
function Choice(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  value?: string;
  onChange?: (value: string) => void;
}) {
  const { id, hint, error } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <FormGroup id={id} label={props.label} hint={hint} error={error}>
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        value={props.value}
        onChange={props.onChange ? (event) => props.onChange?.(event.target.value) : undefined}
        aria-describedby={describedBy || undefined}
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

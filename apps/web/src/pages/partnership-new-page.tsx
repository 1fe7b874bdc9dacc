import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { newIdempotencyKey, Problem, toProblem } from '../api/problem';
import { ErrorSummary, fieldError } from '../components/error-summary';
import { TextInput } from '../components/fields';
import {
  ActionButton,
  BackLink,
  Notice,
  onFormSubmit,
  usePageTitle,
  useSingleFlight,
} from '../components/page';

const LABELS = { name: 'Partnership name', referencePrefix: 'Reference prefix' };

export function PartnershipNewPage() {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const [idempotencyKey] = useState(newIdempotencyKey);
  usePageTitle('Set up a partnership', problem);

  const submit = async (form: FormData) => {
    const result = await api.POST('/api/v1/partnerships', {
      headers: { 'idempotency-key': idempotencyKey },
      body: {
        name: String(form.get('name') ?? ''),
        referencePrefix: String(form.get('referencePrefix') ?? '').trim(),
      },
    });
    if (!result.data) return setProblem(toProblem(result));
    const notice: Notice = { notice: `${result.data.name} is set up. Now invite its first coordinator.` };
    void navigate(`/partnerships/${result.data.id}/coordinators/new`, { state: notice });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/partnerships">Back to partnerships</BackLink>
        <ErrorSummary problem={problem} labels={LABELS} />
        <h1 className="govuk-heading-l">Set up a partnership</h1>
        <form onSubmit={onFormSubmit(once, submit)} noValidate>
          <TextInput
            id="name"
            label={LABELS.name}
            hint="For example, Safer Rotherham Partnership"
            error={fieldError(problem, 'name', LABELS)}
          />
          <TextInput
            id="referencePrefix"
            label={LABELS.referencePrefix}
            hint="Starts each review’s reference. 2 to 12 capital letters, for example DHR or DARDR."
            width="govuk-input--width-10"
            spellCheck={false}
            error={fieldError(problem, 'referencePrefix', LABELS)}
          />
          <ActionButton type="submit">Set up partnership</ActionButton>
        </form>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { newIdempotencyKey, Problem, toProblem } from '../api/problem';
import { useAgencyTypes } from '../api/use-agency-types';
import { ErrorSummary } from '../components/error-summary';
import {
  ActionButton,
  BackLink,
  Loading,
  Notice,
  onFormSubmit,
  usePageTitle,
  useSingleFlight,
} from '../components/page';
import { AGENCY_LABELS, AgencyFields, agencyFieldValues } from './agency-fields';

export function AgencyNewPage() {
  const navigate = useNavigate();
  const types = useAgencyTypes();
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const [idempotencyKey] = useState(newIdempotencyKey);
  usePageTitle('Add an agency', problem);

  const submit = async (form: FormData) => {
    const result = await api.POST('/api/v1/agencies', {
      headers: { 'idempotency-key': idempotencyKey },
      body: agencyFieldValues(form),
    });
    if (!result.data) return setProblem(toProblem(result));
    const notice: Notice = { notice: `${result.data.name} has been added.` };
    void navigate('/agencies', { state: notice });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/agencies">Back to agencies</BackLink>
        <ErrorSummary problem={problem ?? types.problem} labels={AGENCY_LABELS} />
        <h1 className="govuk-heading-l">Add an agency</h1>
        {types.data ? (
          <form onSubmit={onFormSubmit(once, submit)} noValidate>
            <AgencyFields types={types.data} problem={problem} />
            <ActionButton type="submit">Add agency</ActionButton>
          </form>
        ) : (
          !types.problem && <Loading />
        )}
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { newIdempotencyKey, Problem, toProblem } from '../api/problem';
import { useAgencies } from '../api/use-agencies';
import { ErrorSummary, fieldError } from '../components/error-summary';
import { TextInput } from '../components/fields';
import {
  ActionButton,
  BackLink,
  Loading,
  Notice,
  onFormSubmit,
  usePageTitle,
  useSingleFlight,
} from '../components/page';
import { USER_LABELS, UserFields, userFieldValues } from './user-fields';

export function UserInvitePage() {
  const navigate = useNavigate();
  const agencies = useAgencies(false);
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  // one key for this form: if the answer is lost and the form is sent again, the user is invited once
  const [idempotencyKey] = useState(newIdempotencyKey);
  usePageTitle('Invite a user', problem);

  const submit = async (form: FormData) => {
    const result = await api.POST('/api/v1/users', {
      headers: { 'idempotency-key': idempotencyKey },
      body: { ...userFieldValues(form), email: String(form.get('email') ?? '') },
    });
    if (!result.data) return setProblem(toProblem(result));
    const notice: Notice = {
      notice: `${result.data.displayName} has been invited. We have emailed ${result.data.email} a link to set their password.`,
    };
    void navigate('/users', { state: notice });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/users">Back to users</BackLink>
        <ErrorSummary problem={problem ?? agencies.problem} labels={USER_LABELS} />
        <h1 className="govuk-heading-l">Invite a user</h1>
        {agencies.data ? (
          <form onSubmit={onFormSubmit(once, submit)} noValidate>
            <TextInput
              id="email"
              label={USER_LABELS.email}
              type="email"
              spellCheck={false}
              hint="We will email them a link to set their password. The link works for a limited time."
              error={fieldError(problem, 'email', USER_LABELS)}
            />
            <UserFields agencies={agencies.data} problem={problem} />
            <ActionButton type="submit">Invite user</ActionButton>
          </form>
        ) : (
          !agencies.problem && <Loading />
        )}
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api/client';
import { newIdempotencyKey, Problem, toProblem } from '../api/problem';
import { useFetched } from '../api/use-fetched';
import { ErrorSummary, fieldError } from '../components/error-summary';
import { TextInput } from '../components/fields';
import {
  ActionButton,
  BackLink,
  Loading,
  Notice,
  onFormSubmit,
  PageProblem,
  SuccessBanner,
  usePageTitle,
  useSingleFlight,
} from '../components/page';

const LABELS = { displayName: 'Full name', email: 'Email address', jobTitle: 'Job title' };

/** A partnership's coordinator, invited by the system administrator; coordinators then invite everyone else. */
export function CoordinatorInvitePage() {
  const partnershipId = useParams().partnershipId ?? '';
  const navigate = useNavigate();
  const partnerships = useFetched(() => api.GET('/api/v1/partnerships'), []);
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const [idempotencyKey] = useState(newIdempotencyKey);
  usePageTitle('Invite a coordinator', problem);

  if (partnerships.problem) return <PageProblem problem={partnerships.problem} />;
  if (!partnerships.data) return <Loading />;
  const partnership = partnerships.data.items.find((candidate) => candidate.id === partnershipId);
  if (!partnership) {
    return (
      <PageProblem problem={{ status: 404, code: 'not_found', detail: 'There is no such partnership.' }} />
    );
  }

  const submit = async (form: FormData) => {
    const result = await api.POST('/api/v1/partnerships/{partnershipId}/coordinators', {
      params: { path: { partnershipId } },
      headers: { 'idempotency-key': idempotencyKey },
      body: {
        displayName: String(form.get('displayName') ?? ''),
        email: String(form.get('email') ?? ''),
        jobTitle: String(form.get('jobTitle') ?? '').trim() || null,
      },
    });
    if (!result.data) return setProblem(toProblem(result));
    const notice: Notice = {
      notice: `${result.data.displayName} is a coordinator of ${partnership.name}. We have emailed ${result.data.email} a link to set their password.`,
    };
    void navigate('/partnerships', { state: notice });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/partnerships">Back to partnerships</BackLink>
        <SuccessBanner />
        <ErrorSummary problem={problem} labels={LABELS} />
        <span className="govuk-caption-l">{partnership.name}</span>
        <h1 className="govuk-heading-l">Invite a coordinator</h1>
        <form onSubmit={onFormSubmit(once, submit)} noValidate>
          <TextInput
            id="displayName"
            label={LABELS.displayName}
            spellCheck={false}
            error={fieldError(problem, 'displayName', LABELS)}
          />
          <TextInput
            id="email"
            label={LABELS.email}
            type="email"
            spellCheck={false}
            hint="We will email them a link to set their password."
            error={fieldError(problem, 'email', LABELS)}
          />
          <TextInput
            id="jobTitle"
            label="Job title (optional)"
            error={fieldError(problem, 'jobTitle', LABELS)}
          />
          <ActionButton type="submit">Invite coordinator</ActionButton>
        </form>
      </div>
    </div>
  );
}

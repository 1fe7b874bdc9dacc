import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api } from '../api/client';
import { Problem, toProblem } from '../api/problem';
import { ErrorSummary, fieldError } from '../components/error-summary';
import { TextInput } from '../components/fields';
import { ActionButton, onFormSubmit, usePageTitle, useSingleFlight } from '../components/page';
import { Farewell, useSession } from '../session/session';
import { ReturnTo } from '../session/signed-in-only';

const LABELS = { email: 'Email address', password: 'Password' };

const FAREWELLS: Record<Farewell, string> = {
  'signed-out': 'You have signed out.',
  'session-ended': 'Your session has ended. Sign in again to carry on.',
};

export function SignInPage() {
  const { me, signedIn, farewell } = useSession();
  const state = useLocation().state as ReturnTo | null;
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  usePageTitle('Sign in', problem);
  if (me) return <Navigate to={state?.from ?? '/'} replace />;

  const submit = async (form: FormData) => {
    const result = await api.POST('/api/v1/auth/login', {
      body: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
    });
    if (result.data) signedIn(result.data);
    else setProblem(toProblem(result));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problem={problem} labels={LABELS} />
        {!problem && farewell && <div className="govuk-inset-text">{FAREWELLS[farewell]}</div>}
        <h1 className="govuk-heading-l">Sign in</h1>
        <form onSubmit={onFormSubmit(once, submit)} noValidate>
          <TextInput
            id="email"
            label={LABELS.email}
            type="email"
            autoComplete="email"
            spellCheck={false}
            error={fieldError(problem, 'email', LABELS)}
          />
          <TextInput
            id="password"
            label={LABELS.password}
            type="password"
            autoComplete="current-password"
            error={fieldError(problem, 'password', LABELS)}
          />
          <ActionButton type="submit">Sign in</ActionButton>
        </form>
        <p className="govuk-body">
          If you do not have an account, or have forgotten your password, ask your partnership coordinator.
        </p>
      </div>
    </div>
  );
}

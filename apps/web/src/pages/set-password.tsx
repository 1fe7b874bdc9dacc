import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/client';
import { formProblem, Problem, toProblem } from '../api/problem';
import { ErrorSummary, fieldError } from '../components/error-summary';
import { TextInput } from '../components/fields';
import { ActionButton, onFormSubmit, usePageTitle, useSingleFlight } from '../components/page';
import { useSession } from '../session/session';

const LABELS = { password: 'New password', confirm: 'Confirm new password' };

const tokenInAddress = () => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';

/**
 * The page the emailed link opens. The token travels in the fragment, which browsers never send to a server;
 * it is read once and taken out of the address bar, so it does not linger in history or a shared screen.
 */
export function SetPasswordPage() {
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const [token] = useState(tokenInAddress);
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  const [done, setDone] = useState(false);
  usePageTitle(done ? 'Your password is set' : 'Set your password', done ? undefined : problem);

  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);

  const submit = async (form: FormData) => {
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('confirm') ?? '')) {
      setProblem(formProblem([{ field: 'confirm', message: 'Enter the same password in both boxes' }]));
      return;
    }
    const result = await api.POST('/api/v1/auth/set-password', { body: { token, password } });
    if (result.response.ok) setDone(true);
    else setProblem(toProblem(result));
  };

  if (done) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">Your password is set</h1>
          </div>
          {me ? (
            // opened from the mailbox in a browser already signed in as someone else (development)
            <>
              <p className="govuk-body">This browser is signed in as {me.displayName}.</p>
              <ActionButton onClick={() => void signOut().then(() => navigate('/sign-in'))}>
                Sign out, then sign in with the new password
              </ActionButton>
            </>
          ) : (
            <p className="govuk-body">
              <Link to="/sign-in" className="govuk-link">
                Sign in with your new password
              </Link>
            </p>
          )}
        </div>
      </div>
    );
  }
  if (!token) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Set your password</h1>
          <p className="govuk-body">
            This page works only from the link in the email you were sent. Open that link again, or ask your
            partnership coordinator to send a new one.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problem={problem} labels={LABELS} />
        <h1 className="govuk-heading-l">Set your password</h1>
        <form onSubmit={onFormSubmit(once, submit)} noValidate>
          <TextInput
            id="password"
            label={LABELS.password}
            type="password"
            autoComplete="new-password"
            hint="Use at least 12 characters. Three or four unrelated words make a strong password."
            error={fieldError(problem, 'password', LABELS)}
          />
          <TextInput
            id="confirm"
            label={LABELS.confirm}
            type="password"
            autoComplete="new-password"
            error={fieldError(problem, 'confirm', LABELS)}
          />
          <ActionButton type="submit">Set password</ActionButton>
        </form>
      </div>
    </div>
  );
}

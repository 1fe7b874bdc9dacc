import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, Schemas } from '../api/client';
import { Problem, toProblem } from '../api/problem';
import { useAgencies } from '../api/use-agencies';
import { useFetched } from '../api/use-fetched';
import { ErrorSummary } from '../components/error-summary';
import { roleLabels, USER_STATUS } from '../components/labels';
import {
  ActionButton,
  BackLink,
  Loading,
  onFormSubmit,
  PageProblem,
  SuccessBanner,
  Tag,
  usePageTitle,
  useSingleFlight,
} from '../components/page';
import { SummaryList, SummaryRow } from '../components/summary-list';
import { useSession } from '../session/session';
import { USER_LABELS, UserFields, userFieldValues } from './user-fields';

type UserChanges = Schemas['UpdateUserRequest'];

const ACCESS: Record<Schemas['UserResponse']['status'], string> = {
  invited: 'They have not set a password yet, so they cannot sign in.',
  active: 'They can sign in.',
  deactivated: 'They cannot sign in.',
};

/** One user: what they are, and (for a coordinator) changing them, resending their link, deactivating them. */
export function UserPage() {
  const userId = useParams().userId ?? '';
  const { can } = useSession();
  const user = useFetched(
    () => api.GET('/api/v1/users/{userId}', { params: { path: { userId } } }),
    [userId],
  );
  const agencies = useAgencies(true);
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const once = useSingleFlight();
  usePageTitle(user.data?.displayName ?? 'User', problem);

  if (user.problem) return <PageProblem problem={user.problem} />;
  if (!user.data || !agencies.data) return <Loading />;
  const current = user.data;
  const agencyName = agencies.data.find((agency) => agency.id === current.agencyId)?.name;

  // If-Match: the version this page read; if someone changed the user since, the api answers 412
  const update = async (changes: UserChanges, success: string) => {
    const result = await api.PATCH('/api/v1/users/{userId}', {
      params: { path: { userId } },
      headers: { 'if-match': user.etag },
      body: changes,
    });
    if (!result.data) return setProblem(toProblem(result));
    setProblem(undefined);
    setNotice(success);
    user.reload();
  };
  const change = (changes: UserChanges, success: string) => once(() => update(changes, success));
  const save = onFormSubmit(once, (form) =>
    update(userFieldValues(form), 'The user’s details have been saved.'),
  );

  const resendInvitation = () =>
    once(async () => {
      const result = await api.POST('/api/v1/users/{userId}/invitation', { params: { path: { userId } } });
      if (!result.response.ok) return setProblem(toProblem(result));
      setProblem(undefined);
      setNotice(
        `We have emailed ${current.email} a new link to set their password. Earlier links no longer work.`,
      );
    });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/users">Back to users</BackLink>
        <SuccessBanner message={problem ? undefined : notice} />
        <ErrorSummary
          problem={problem}
          labels={USER_LABELS}
          stale={{
            what: 'this user',
            reload: () => {
              setProblem(undefined);
              user.reload();
            },
          }}
        />
        <span className="govuk-caption-l">User</span>
        <h1 className="govuk-heading-l">{current.displayName}</h1>
        <SummaryList>
          <SummaryRow label="Email address">{current.email}</SummaryRow>
          <SummaryRow label="Status">
            <Tag colour={USER_STATUS[current.status].colour}>{USER_STATUS[current.status].label}</Tag>
          </SummaryRow>
          <SummaryRow label="Roles">{roleLabels(current.roles)}</SummaryRow>
          <SummaryRow label="Agency">{agencyName ?? 'None'}</SummaryRow>
          <SummaryRow label="Job title">{current.jobTitle ?? 'Not given'}</SummaryRow>
        </SummaryList>
        {can('audit.read') && (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/audit?entityType=user&entityId=${current.id}`}>
              See every change to this user
            </Link>
          </p>
        )}
        {can('users.manage') && (
          <>
            <h2 className="govuk-heading-m">Change details</h2>
            {/* key: a new version of the user (saved, or reloaded after someone else's change) refills the form */}
            <form key={user.etag} onSubmit={save} noValidate>
              <UserFields user={current} agencies={agencies.data} problem={problem} />
              <ActionButton type="submit">Save changes</ActionButton>
            </form>
            <h2 className="govuk-heading-m">Access</h2>
            <p className="govuk-body">{ACCESS[current.status]}</p>
            <div className="govuk-button-group">
              {current.status === 'invited' && (
                <ActionButton variant="secondary" onClick={() => void resendInvitation()}>
                  Send a new set-password link
                </ActionButton>
              )}
              {current.status === 'deactivated' ? (
                <ActionButton
                  variant="secondary"
                  onClick={() => void change({ status: 'active' }, 'The user can sign in again.')}
                >
                  Reactivate user
                </ActionButton>
              ) : (
                <ActionButton
                  variant="warning"
                  onClick={() =>
                    void change(
                      { status: 'deactivated' },
                      'The user has been deactivated and can no longer sign in.',
                    )
                  }
                >
                  Deactivate user
                </ActionButton>
              )}
            </div>
          </>
        )}
      </div>
    </div>
  );
}

import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { newIdempotencyKey, Problem } from '../../api/problem';
import { Agency, useAgencies } from '../../api/use-agencies';
import { useFetched } from '../../api/use-fetched';
import { DateInput, Select, TextInput } from '../../components/fields';
import { ActionButton, ButtonLink } from '../../components/page';
import { useCommand } from '../../components/use-command-form';
import { dateValue, Radios, textValue } from '../../components/review-fields';
import { PanelMember, ReviewSubPage, usePanelMembers } from './panel-parts';
import { dateParts, versionTag } from './review-record-parts';
import { formatDate, reviewProblem, today } from './review-parts';

const ROLE_LABELS: Record<string, string> = {
  member: 'Panel member',
  author: 'Overview report author',
  adviser: 'Specialist adviser',
  minute_taker: 'Minute taker',
};

const LABELS = {
  name: 'Name',
  agencyId: 'Agency',
  organisation: 'Organisation',
  jobTitle: 'Job title',
  panelRole: 'Role on the panel',
  userId: 'Person who signs in',
  joinedOn: 'Date joined the panel',
  leftOn: 'Date left the panel',
};

/** "Agency or organisation": the partnership's agency by name, else the organisation as written. */
export function organisationOf(member: PanelMember, agencies: readonly Agency[] | undefined): string {
  const agency = agencies?.find((a) => a.id === member.agencyId)?.name;
  return [agency, member.organisation].filter(Boolean).join(', ') || 'Not given';
}

/** The review's panel: who sits on it, for which agency, in what role, and when they joined and left. */
export function PanelPage() {
  const reviewId = useParams().reviewId ?? '';
  const members = usePanelMembers(reviewId);
  const agencies = useAgencies(true);
  return (
    <ReviewSubPage
      title="Panel"
      capability="view"
      back={{ to: '', label: 'Back to the review' }}
      loading={{ problem: members.problem, ready: members.data !== undefined }}
      wide
    >
      {(review) => {
        const canWork = review.capabilities.includes('work');
        const list = members.data ?? [];
        return (
          <>
            {list.length === 0 ? (
              <p className="govuk-body">No one has been added to the panel yet.</p>
            ) : (
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-visually-hidden">Panel members</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    {['Name', 'Agency or organisation', 'Job title', 'Role', 'Joined', 'Left'].map((h) => (
                      <th key={h} scope="col" className="govuk-table__header">
                        {h}
                      </th>
                    ))}
                    {canWork && (
                      <th scope="col" className="govuk-table__header">
                        <span className="govuk-visually-hidden">Action</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {list.map((member) => (
                    <tr className="govuk-table__row" key={member.id}>
                      <th scope="row" className="govuk-table__header">
                        {member.name}
                      </th>
                      <td className="govuk-table__cell">{organisationOf(member, agencies.data)}</td>
                      <td className="govuk-table__cell">{member.jobTitle ?? 'Not given'}</td>
                      <td className="govuk-table__cell">{member.panelRoleLabel}</td>
                      <td className="govuk-table__cell">{formatDate(member.joinedOn)}</td>
                      <td className="govuk-table__cell">
                        {member.leftOn ? formatDate(member.leftOn) : 'Still on the panel'}
                      </td>
                      {canWork && (
                        <td className="govuk-table__cell">
                          <Link className="govuk-link" to={`/reviews/${reviewId}/panel/${member.id}`}>
                            Change<span className="govuk-visually-hidden"> {member.name}</span>
                          </Link>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {canWork && <ButtonLink to={`/reviews/${reviewId}/panel/new`}>Add a panel member</ButtonLink>}
            <p className="govuk-body">
              <Link className="govuk-link" to={`/reviews/${reviewId}/meetings`}>
                Panel meetings
              </Link>
            </p>
          </>
        );
      }}
    </ReviewSubPage>
  );
}

/** People of the partnership with the panel member role, whom a member can be linked to; none if not readable. */
function usePanelUsers() {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/users', {
      params: { query: { role: 'panel_member', status: 'active', limit: 200 } },
    });
    return { ...result, data: result.data?.items };
  }, []);
}

type MemberBody = Schemas['PanelMemberRequest'];

function bodyFrom(form: FormData, withUser: boolean, editing: boolean): MemberBody {
  return {
    name: String(form.get('name') ?? ''),
    agencyId: textValue(form, 'agencyId'),
    organisation: textValue(form, 'organisation'),
    jobTitle: textValue(form, 'jobTitle'),
    panelRole: String(form.get('panelRole') ?? '') as MemberBody['panelRole'],
    ...(withUser && { userId: textValue(form, 'userId') }),
    joinedOn: dateValue(form, 'joinedOn') ?? '',
    ...(editing && { leftOn: dateValue(form, 'leftOn') }),
  };
}

/** Better words for a role not chosen, and for a date left empty (a missing answer, not a malformed one). */
function messagesFor(form: FormData): Record<string, string> {
  return {
    panelRole: 'Select the role on the panel',
    ...(!dateValue(form, 'joinedOn') && { joinedOn: 'Enter the date they joined the panel' }),
  };
}

function MemberFields({
  member,
  editing,
  error,
}: {
  member?: PanelMember;
  editing: boolean;
  error: (field: string) => string | undefined;
}) {
  const agencies = useAgencies(true);
  const users = usePanelUsers();
  const agencyOptions = (agencies.data ?? []).filter((a) => a.active || a.id === member?.agencyId);
  return (
    <>
      <TextInput id="name" label={LABELS.name} defaultValue={member?.name} error={error('name')} />
      <Select
        id="agencyId"
        label="Agency (optional)"
        hint="If they represent one of the partnership’s agencies"
        defaultValue={member?.agencyId ?? ''}
        options={[
          { value: '', label: 'Not one of the partnership’s agencies' },
          ...agencyOptions.map((a) => ({ value: a.id, label: a.name })),
        ]}
        error={error('agencyId')}
      />
      <TextInput
        id="organisation"
        label="Organisation (optional)"
        hint="For example, Victim Support"
        defaultValue={member?.organisation ?? undefined}
        error={error('organisation')}
      />
      <TextInput
        id="jobTitle"
        label="Job title (optional)"
        defaultValue={member?.jobTitle ?? undefined}
        error={error('jobTitle')}
      />
      <Radios
        id="panelRole"
        label={LABELS.panelRole}
        defaultValue={member?.panelRole ?? 'member'}
        options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))}
        error={error('panelRole')}
      />
      {users.data && (
        <Select
          id="userId"
          label="Person who signs in (optional)"
          hint="Linking them lets them read this review"
          defaultValue={member?.userId ?? ''}
          options={[
            { value: '', label: 'Not linked' },
            ...users.data.map((user) => ({ value: user.id, label: user.displayName })),
          ]}
          error={error('userId')}
        />
      )}
      <DateInput
        id="joinedOn"
        label={LABELS.joinedOn}
        defaultValue={dateParts(member?.joinedOn) ?? today()}
        error={error('joinedOn')}
      />
      {editing && (
        <DateInput
          id="leftOn"
          label="Date left the panel (optional)"
          hint="Leave empty while they are still on the panel"
          defaultValue={dateParts(member?.leftOn)}
          error={error('leftOn')}
        />
      )}
    </>
  );
}

export function PanelMemberNewPage() {
  const reviewId = useParams().reviewId ?? '';
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useCommand<PanelMember>({
    labels: LABELS,
    success: (member) => `${member.name} has been added to the panel.`,
    returnTo: `/reviews/${reviewId}/panel`,
    problemOf: (result, data) => reviewProblem(result, messagesFor(data)),
  });

  const send = (data: FormData) =>
    api.POST('/api/v1/reviews/{reviewId}/panel-members', {
      params: { path: { reviewId } },
      headers: { 'idempotency-key': idempotencyKey },
      body: bodyFrom(data, data.has('userId'), false),
    });

  return (
    <ReviewSubPage
      title="Add a panel member"
      capability="work"
      back={{ to: '/panel', label: 'Back to the panel' }}
      problem={form.problem}
      labels={LABELS}
    >
      {() => (
        <form onSubmit={form.onSubmit(send)} noValidate>
          <MemberFields editing={false} error={form.error} />
          <ActionButton type="submit">Add panel member</ActionButton>
        </form>
      )}
    </ReviewSubPage>
  );
}

export function PanelMemberEditPage() {
  const { reviewId = '', memberId = '' } = useParams();
  const members = usePanelMembers(reviewId);
  const form = useCommand<PanelMember>({
    labels: LABELS,
    success: (changed) => `${changed.name}’s details have been changed.`,
    returnTo: `/reviews/${reviewId}/panel`,
    problemOf: (result, data) => reviewProblem(result, messagesFor(data)),
  });
  const member = members.data?.find((m) => m.id === memberId);
  const notFound: Problem | undefined =
    members.data && !member
      ? { status: 404, code: 'not_found', detail: 'Panel member was not found.' }
      : undefined;

  const send = (current: PanelMember, data: FormData) =>
    api.PATCH('/api/v1/reviews/{reviewId}/panel-members/{memberId}', {
      params: { path: { reviewId, memberId } },
      headers: { 'if-match': versionTag(current.version) },
      body: bodyFrom(data, data.has('userId'), true),
    });

  return (
    <ReviewSubPage
      title={member ? `Change ${member.name}’s details` : 'Change a panel member'}
      capability="work"
      back={{ to: '/panel', label: 'Back to the panel' }}
      loading={{ problem: members.problem ?? notFound, ready: member !== undefined }}
      problem={form.problem}
      labels={LABELS}
      stale={form.stale('this panel member', members)}
    >
      {() =>
        // called only once the member is read (ready)
        member && (
          <form key={member.version} onSubmit={form.onSubmit((data) => send(member, data))} noValidate>
            <MemberFields member={member} editing error={form.error} />
            <ActionButton type="submit">Save changes</ActionButton>
          </form>
        )
      }
    </ReviewSubPage>
  );
}

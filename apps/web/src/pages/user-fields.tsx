import { Schemas } from '../api/client';
import { Problem } from '../api/problem';
import { Agency } from '../api/use-agencies';
import { fieldError } from '../components/error-summary';
import { Checkboxes, Select, TextInput } from '../components/fields';
import { PARTNERSHIP_ROLES } from '../components/labels';

export const USER_LABELS = {
  email: 'Email address',
  displayName: 'Full name',
  jobTitle: 'Job title',
  agencyId: 'Agency',
  roles: 'Roles',
};

/** The roles a coordinator may give: every role but system administrator. */
export type PartnershipRole = Schemas['CreateUserRequest']['roles'][number];

export interface UserFieldValues {
  displayName: string;
  jobTitle: string | null;
  agencyId: string | null;
  roles: PartnershipRole[];
}

export function userFieldValues(form: FormData): UserFieldValues {
  return {
    displayName: String(form.get('displayName') ?? ''),
    jobTitle: String(form.get('jobTitle') ?? '').trim() || null,
    agencyId: String(form.get('agencyId') ?? '') || null,
    roles: form.getAll('roles').map(String) as PartnershipRole[],
  };
}

/** What a coordinator says about a user, whether inviting them or changing them. */
export function UserFields({
  user,
  agencies,
  problem,
}: {
  user?: {
    displayName?: string;
    jobTitle?: string | null;
    agencyId?: string | null;
    roles?: readonly string[];
  };
  agencies: Agency[];
  problem: Problem | undefined;
}) {
  // an agency no longer taking part is offered only to the user who already belongs to it
  const choices = agencies.filter((agency) => agency.active || agency.id === user?.agencyId);
  return (
    <>
      <TextInput
        id="displayName"
        label={USER_LABELS.displayName}
        defaultValue={user?.displayName}
        spellCheck={false}
        error={fieldError(problem, 'displayName', USER_LABELS)}
      />
      <TextInput
        id="jobTitle"
        label="Job title (optional)"
        defaultValue={user?.jobTitle ?? ''}
        error={fieldError(problem, 'jobTitle', USER_LABELS)}
      />
      <Select
        id="agencyId"
        label={USER_LABELS.agencyId}
        hint="IMR authors, lead officers and panel members must belong to an agency."
        defaultValue={user?.agencyId ?? ''}
        options={[
          { value: '', label: 'No agency' },
          ...choices.map((agency) => ({ value: agency.id, label: agency.name })),
        ]}
        error={fieldError(problem, 'agencyId', USER_LABELS)}
      />
      <Checkboxes
        id="roles"
        label={USER_LABELS.roles}
        hint="Select all that apply."
        options={PARTNERSHIP_ROLES}
        defaultValues={user?.roles}
        error={fieldError(problem, 'roles', USER_LABELS)}
      />
    </>
  );
}

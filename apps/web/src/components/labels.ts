import type { Role, Schemas } from '../api/client';

const ROLE_LABELS: Record<Role, string> = {
  system_admin: 'System administrator',
  partnership_coordinator: 'Partnership coordinator',
  csp_chair: 'CSP chair',
  independent_chair: 'Independent chair',
  panel_member: 'Panel member',
  imr_author: 'IMR author',
  lead_officer: 'Lead officer',
};

export const roleLabels = (roles: readonly Role[]) => roles.map((role) => ROLE_LABELS[role]).join(', ');

/** Roles a coordinator may give; agency roles need the user's agency. */
export const PARTNERSHIP_ROLES = (Object.keys(ROLE_LABELS) as Role[])
  .filter((role) => role !== 'system_admin')
  .map((value) => ({ value, label: ROLE_LABELS[value] }));

type UserStatus = Schemas['UserResponse']['status'];

export const USER_STATUS: Record<UserStatus, { label: string; colour: string }> = {
  invited: { label: 'Invited', colour: 'blue' },
  active: { label: 'Active', colour: 'green' },
  deactivated: { label: 'Deactivated', colour: 'grey' },
};

export const USER_STATUSES = Object.keys(USER_STATUS) as UserStatus[];

export const formatDateTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The roles of domain.md. A user holds one or more roles within their partnership. */
export const ROLES = [
  'system_admin',
  'partnership_coordinator',
  'csp_chair',
  'independent_chair',
  'panel_member',
  'imr_author',
  'lead_officer',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  system_admin: 'System administrator',
  partnership_coordinator: 'Partnership coordinator',
  csp_chair: 'CSP chair',
  independent_chair: 'Independent chair',
  panel_member: 'Panel member',
  imr_author: 'IMR author',
  lead_officer: 'Lead officer',
};

/** Roles whose holders work for an agency, so a user holding one must belong to an agency. */
export const AGENCY_ROLES: readonly Role[] = ['imr_author', 'lead_officer', 'panel_member'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

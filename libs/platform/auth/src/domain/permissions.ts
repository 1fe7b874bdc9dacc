import { Role } from './roles';

/**
 * Permissions a route can demand. Access to a single review comes later from membership of that review;
 * these are the partnership-wide grants.
 */
export const PERMISSIONS = [
  'partnerships.manage',
  'partnership.read',
  'users.read',
  'users.manage',
  'agencies.read',
  'agencies.manage',
  'audit.read',
  'documents.manage',
  'mailbox.read',
  'queues.admin',
  'reviews.read',
  'reviews.read-all',
  'reviews.notify',
  'reviews.policy.manage',
  'imr.read',
  'learning.read',
  'learning.manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  // sets up partnerships and their first coordinators; sees no partnership's case data
  system_admin: ['partnerships.manage', 'queues.admin', 'mailbox.read'],
  partnership_coordinator: [
    'partnership.read',
    'users.read',
    'users.manage',
    'agencies.read',
    'agencies.manage',
    'audit.read',
    'documents.manage',
    'mailbox.read',
    'reviews.read',
    'reviews.read-all',
    'reviews.notify',
    'reviews.policy.manage',
    'imr.read',
    'learning.read',
    'learning.manage',
  ],
  // what each may do on one review comes from reviews' own rules (their capabilities and membership)
  csp_chair: [
    'partnership.read',
    'agencies.read',
    'reviews.read',
    'reviews.read-all',
    'imr.read',
    'learning.read',
  ],
  independent_chair: ['partnership.read', 'agencies.read', 'reviews.read', 'imr.read', 'learning.read'],
  panel_member: ['partnership.read', 'agencies.read', 'reviews.read', 'imr.read', 'learning.read'],
  // an agency's own requests only: the IMR context scopes every read and change to the agency
  imr_author: ['partnership.read', 'agencies.read', 'imr.read'],
  // their own agency's actions only: the learning context scopes every read and change to the agency
  lead_officer: ['partnership.read', 'agencies.read', 'imr.read', 'learning.read'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => GRANTS[role]));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => GRANTS[role].includes(permission));
}

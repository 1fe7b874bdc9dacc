import { hasPermission, Permission } from './permissions';
import { Role, ROLES } from './roles';

/** Who may do what, partnership-wide. A row per permission: the roles that hold it. */
const EXPECTED: Record<Permission, Role[]> = {
  'partnerships.manage': ['system_admin'],
  'queues.admin': ['system_admin'],
  'mailbox.read': ['system_admin', 'partnership_coordinator'],
  'partnership.read': [
    'partnership_coordinator',
    'csp_chair',
    'independent_chair',
    'panel_member',
    'imr_author',
    'lead_officer',
  ],
  'agencies.read': [
    'partnership_coordinator',
    'csp_chair',
    'independent_chair',
    'panel_member',
    'imr_author',
    'lead_officer',
  ],
  'agencies.manage': ['partnership_coordinator'],
  'users.read': ['partnership_coordinator'],
  'users.manage': ['partnership_coordinator'],
  'audit.read': ['partnership_coordinator'],
  'documents.manage': ['partnership_coordinator'],
  'reviews.read': ['partnership_coordinator', 'csp_chair', 'independent_chair', 'panel_member'],
  'reviews.read-all': ['partnership_coordinator', 'csp_chair'],
  'reviews.notify': ['partnership_coordinator'],
  'reviews.policy.manage': ['partnership_coordinator'],
  'learning.read': [
    'partnership_coordinator',
    'csp_chair',
    'independent_chair',
    'panel_member',
    'lead_officer',
  ],
  'learning.manage': ['partnership_coordinator'],
  'imr.read': [
    'partnership_coordinator',
    'csp_chair',
    'independent_chair',
    'panel_member',
    'imr_author',
    'lead_officer',
  ],
};

describe('permissions', () => {
  it.each(Object.entries(EXPECTED) as [Permission, Role[]][])(
    '%s is held by exactly %j',
    (permission, holders) => {
      expect(ROLES.filter((role) => hasPermission([role], permission))).toEqual(holders);
    },
  );

  it('grants nothing to a user with no roles', () => {
    expect(Object.keys(EXPECTED).some((p) => hasPermission([], p as Permission))).toBe(false);
  });
});

import { Role } from '@dhr/platform-auth';
import { roleAssignmentProblems } from './role-assignment';

describe('role assignment', () => {
  it.each<[Role[], string | null, string[]]>([
    [['partnership_coordinator'], null, []],
    [['independent_chair'], null, []],
    [['imr_author'], 'agency-1', []],
    [['imr_author'], null, ['agencyId']],
    [['lead_officer'], null, ['agencyId']],
    [['panel_member', 'csp_chair'], null, ['agencyId']],
    [[], null, ['roles']],
    [['system_admin'], null, ['roles']],
  ])('%j with agency %s → problems with %j', (roles, agencyId, fields) => {
    expect(roleAssignmentProblems(roles, agencyId).map((p) => p.field)).toEqual(fields);
  });
});

import { AGENCY_ROLES, Role, ROLE_LABELS } from '@dhr/platform-auth';
import { FieldProblem } from '@dhr/platform-domain';

/**
 * Which roles a coordinator may give, and what they need: a system administrator is made only by the system,
 * and an agency role (IMR author, lead officer, panel member) needs the user's agency.
 */
export function roleAssignmentProblems(roles: readonly Role[], agencyId: string | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (roles.length === 0) problems.push({ field: 'roles', message: 'Choose at least one role' });
  if (roles.includes('system_admin')) {
    problems.push({ field: 'roles', message: 'A partnership user cannot be a system administrator' });
  }
  const needingAgency = roles.filter((role) => AGENCY_ROLES.includes(role));
  if (needingAgency.length > 0 && !agencyId) {
    problems.push({
      field: 'agencyId',
      message: `Choose the agency of a user who is ${needingAgency.map((r) => ROLE_LABELS[r].toLowerCase()).join(' or ')}`,
    });
  }
  return problems;
}

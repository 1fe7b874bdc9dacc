import type { Role } from '@dhr/platform-auth';

/**
 * What a user may do on one review of their partnership. Roles alone are not enough: an independent chair or
 * a panel member sees only the reviews they sit on (domain.md, "People and what they may do").
 */
export type ReviewCapability = 'view' | 'view_identities' | 'work' | 'administer' | 'decide' | 'sign_off';

/** The user's place on this review. */
export interface ReviewMembership {
  isChair: boolean;
  isPanelMember: boolean;
}

/**
 * The union of what each role grants. An empty set means the review is not theirs to know of, so the service
 * answers 404 rather than 403. IMR authors and lead officers reach a review only through their agency's IMRs
 * and actions, never the review itself; real identities are for the coordinator and the review's chair.
 */
export function reviewCapabilities(
  roles: readonly Role[],
  membership: ReviewMembership,
): Set<ReviewCapability> {
  const capabilities = new Set<ReviewCapability>();
  const grant = (...granted: ReviewCapability[]) => granted.forEach((c) => capabilities.add(c));
  for (const role of roles) {
    switch (role) {
      case 'partnership_coordinator':
        grant('view', 'view_identities', 'work', 'administer', 'decide', 'sign_off');
        break;
      case 'independent_chair':
        if (membership.isChair) grant('view', 'view_identities', 'work');
        break;
      case 'csp_chair':
        grant('view', 'decide', 'sign_off');
        break;
      case 'panel_member':
        if (membership.isPanelMember) grant('view');
        break;
      case 'system_admin':
      case 'imr_author':
      case 'lead_officer':
        break;
    }
  }
  return capabilities;
}

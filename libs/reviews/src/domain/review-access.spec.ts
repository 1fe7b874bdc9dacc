import type { Role } from '@dhr/platform-auth';
import { ReviewCapability, reviewCapabilities, ReviewMembership } from './review-access';

const ALL: ReviewCapability[] = ['view', 'view_identities', 'work', 'administer', 'decide', 'sign_off'];
const CHAIR_OF_REVIEW: ReviewCapability[] = ['view', 'view_identities', 'work'];
const BOARD: ReviewCapability[] = ['view', 'decide', 'sign_off'];

const NEITHER: ReviewMembership = { isChair: false, isPanelMember: false };
const CHAIR: ReviewMembership = { isChair: true, isPanelMember: false };
const PANEL: ReviewMembership = { isChair: false, isPanelMember: true };
const BOTH: ReviewMembership = { isChair: true, isPanelMember: true };

/** A Record, so a role added to the platform fails to compile here until someone decides what it may do. */
const EXPECTED: Record<Role, [ReviewMembership, ReviewCapability[]][]> = {
  partnership_coordinator: [
    [NEITHER, ALL],
    [CHAIR, ALL],
    [PANEL, ALL],
    [BOTH, ALL],
  ],
  independent_chair: [
    [NEITHER, []], // a chair of other reviews
    [CHAIR, CHAIR_OF_REVIEW],
    [PANEL, []], // the chair role counts only for the review they chair
    [BOTH, CHAIR_OF_REVIEW],
  ],
  csp_chair: [
    [NEITHER, BOARD],
    [CHAIR, BOARD],
    [PANEL, BOARD],
    [BOTH, BOARD],
  ],
  panel_member: [
    [NEITHER, []], // a member of other panels
    [CHAIR, []],
    [PANEL, ['view']], // never real identities
    [BOTH, ['view']],
  ],
  imr_author: [
    [NEITHER, []],
    [CHAIR, []],
    [PANEL, []],
    [BOTH, []],
  ],
  lead_officer: [
    [NEITHER, []],
    [CHAIR, []],
    [PANEL, []],
    [BOTH, []],
  ],
  system_admin: [
    [NEITHER, []],
    [CHAIR, []],
    [PANEL, []],
    [BOTH, []],
  ],
};

const sorted = (capabilities: Iterable<ReviewCapability>) => [...capabilities].sort();

describe('who may do what on one review', () => {
  const rows = (Object.entries(EXPECTED) as [Role, [ReviewMembership, ReviewCapability[]][]][]).flatMap(
    ([role, cases]) => cases.map(([membership, capabilities]) => [role, membership, capabilities] as const),
  );

  it('covers every role with every membership', () => {
    expect(rows).toHaveLength(7 * 4);
  });

  it.each(rows)('%s with %j may %j', (role, membership, capabilities) => {
    expect(sorted(reviewCapabilities([role], membership))).toEqual(sorted(capabilities));
  });

  it.each([
    [[], BOTH, []],
    [['imr_author', 'lead_officer'], BOTH, []],
    [['panel_member', 'independent_chair'], CHAIR, CHAIR_OF_REVIEW],
    [['panel_member', 'independent_chair'], PANEL, ['view']],
    [['panel_member', 'independent_chair'], NEITHER, []],
    [['csp_chair', 'panel_member'], PANEL, BOARD],
    [['csp_chair', 'independent_chair'], CHAIR, ['view', 'view_identities', 'work', 'decide', 'sign_off']],
    [['lead_officer', 'partnership_coordinator'], NEITHER, ALL],
  ] as [Role[], ReviewMembership, ReviewCapability[]][])(
    'a user holding %j with %j may %j: what each role grants, together',
    (roles, membership, capabilities) => {
      expect(sorted(reviewCapabilities(roles, membership))).toEqual(sorted(capabilities));
    },
  );

  it.each(rows)(
    '%s with %j sees real identities only as coordinator or this review’s chair',
    (role, membership) => {
      const expected =
        role === 'partnership_coordinator' || (role === 'independent_chair' && membership.isChair);
      expect(reviewCapabilities([role], membership).has('view_identities')).toBe(expected);
    },
  );

  it.each(rows)('%s with %j can do nothing on a review they cannot view', (role, membership) => {
    const capabilities = reviewCapabilities([role], membership);
    expect(capabilities.size === 0 || capabilities.has('view')).toBe(true);
  });
});

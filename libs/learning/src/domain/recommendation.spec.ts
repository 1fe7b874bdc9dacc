import {
  RECOMMENDATION_LEVELS,
  RECOMMENDATION_SCOPES,
  RecommendationInput,
  recommendationProblems,
} from './recommendation';

// seed 003 row 88: a panel recommendation to the CSP, lead "Cherryl Henry-Leach SRP Domestic Abuse Coordinator
// RMBC", target "31st March 2015"
const PANEL_88: RecommendationInput = {
  scope: 'local',
  nationalRecipient: null,
  nationalNotifiedOn: null,
  leadAgencyId: 'agency-rmbc',
  targetDate: '2015-03-31',
  targetToBeAgreed: false,
};

function fields(change: Partial<RecommendationInput>): string[] {
  return recommendationProblems({ ...PANEL_88, ...change }).map((p) => p.field);
}

describe('recommendationProblems', () => {
  // [case, change to PANEL_88, fields with problems]
  const CASES: [string, Partial<RecommendationInput>, string[]][] = [
    ['seed 003 row 88 as it stands', {}, []],
    [
      'seed 003 row 45, a single-agency action for SYP',
      { leadAgencyId: 'agency-syp', targetDate: '2014-09-30' },
      [],
    ],
    ['regional', { scope: 'regional' }, []],
    ['target to be agreed (seed 000 "TBA")', { targetDate: null, targetToBeAgreed: true }, []],
    [
      'national, recipient named, not yet notified',
      { scope: 'national', nationalRecipient: 'Home Office' },
      [],
    ],
    [
      'national, recipient named and notified',
      { scope: 'national', nationalRecipient: 'Home Office', nationalNotifiedOn: '2014-06-01' },
      [],
    ],
    ['national without a recipient', { scope: 'national' }, ['nationalRecipient']],
    [
      'national with a blank recipient',
      { scope: 'national', nationalRecipient: '  ' },
      ['nationalRecipient'],
    ],
    [
      'national, notified but no recipient',
      { scope: 'national', nationalNotifiedOn: '2014-06-01' },
      ['nationalRecipient'],
    ],
    [
      'national, notified date malformed',
      { scope: 'national', nationalRecipient: 'Department of Health', nationalNotifiedOn: '01/06/2014' },
      ['nationalNotifiedOn'],
    ],
    ['local with a national recipient', { nationalRecipient: 'Home Office' }, ['nationalRecipient']],
    [
      'regional notified nationally',
      { scope: 'regional', nationalNotifiedOn: '2014-06-01' },
      ['nationalNotifiedOn'],
    ],
    ['local with an empty recipient is fine', { nationalRecipient: '' }, []],
    ['no lead agency (rule 11)', { leadAgencyId: null }, ['leadAgencyId']],
    ['blank lead agency', { leadAgencyId: ' ' }, ['leadAgencyId']],
    ['no target date and not "to be agreed" (rule 11)', { targetDate: null }, ['targetDate']],
    ['both a target date and "to be agreed"', { targetToBeAgreed: true }, ['targetToBeAgreed']],
    ['target date not a calendar date', { targetDate: '2015-02-29' }, ['targetDate']],
    ['target date as typed in a spreadsheet', { targetDate: 'Mar-15' }, ['targetDate']],
    [
      'malformed target date and "to be agreed"',
      { targetDate: 'TBA', targetToBeAgreed: true },
      ['targetDate'],
    ],
    ['an unknown scope', { scope: 'international' as RecommendationInput['scope'] }, ['scope']],
    [
      'everything missing for a national recommendation',
      { scope: 'national', leadAgencyId: null, targetDate: null },
      ['nationalRecipient', 'leadAgencyId', 'targetDate'],
    ],
  ];

  it.each(CASES)('%s', (_case, change, expected) => {
    expect(fields(change)).toEqual(expected);
  });

  it('explains each problem in words', () => {
    const problems = recommendationProblems({
      ...PANEL_88,
      scope: 'national',
      leadAgencyId: null,
      targetDate: null,
    });
    expect(problems.every((p) => p.message.length > 10)).toBe(true);
  });

  it('names the scopes and levels', () => {
    expect(RECOMMENDATION_SCOPES).toEqual(['local', 'regional', 'national']);
    expect(RECOMMENDATION_LEVELS).toEqual(['panel', 'single_agency']);
  });
});

import type { ApproximateDate } from '@dhr/platform-domain';
import {
  agreementDateProblem,
  attendanceProblems,
  attendedOutside,
  nextDraft,
  panelClosedReason,
  periodProblems,
  periodRunsForwards,
} from './panel-rules';
import type { ReviewId } from './review';
import type { TermsOfReference } from './terms-of-reference';

const spring2007: ApproximateDate = { precision: 'season', year: 2007, season: 'spring' };
const autumn2013: ApproximateDate = { precision: 'season', year: 2013, season: 'autumn' };

function version(versionNumber: number, changes: Partial<TermsOfReference> = {}): TermsOfReference {
  return {
    id: `v${versionNumber}`,
    reviewId: 'r' as ReviewId,
    versionNumber,
    status: 'agreed',
    purpose: 'Establish what lessons are to be learned',
    periodFrom: spring2007,
    periodTo: autumn2013,
    agencyIds: ['a'],
    questions: [{ number: 1, text: 'Were the risk indicators recognised?' }],
    equalityAndDiversity: null,
    familyInvolvement: null,
    parallelProcesses: null,
    revisionNote: null,
    agreedOn: '2013-12-12',
    agreedAtMeetingId: 'm1',
    version: 2,
    ...changes,
  };
}

describe('panelClosedReason', () => {
  const commissioned = {
    outcome: 'commission' as const,
    decidedOn: '2013-11-20',
    decisionMaker: 'x',
    rationale: 'y',
  };

  it('lets a commissioned, open review form its panel', () => {
    expect(panelClosedReason({ status: 'setting_up', decision: commissioned })).toBeNull();
    expect(panelClosedReason({ status: 'drafting', decision: commissioned })).toBeNull();
  });

  it('refuses before the decision, after a decline, and once the review is finished', () => {
    expect(panelClosedReason({ status: 'notified', decision: null })).toMatch(/commissioned/);
    expect(
      panelClosedReason({ status: 'declined', decision: { ...commissioned, outcome: 'decline' } }),
    ).toMatch(/commissioned/);
    expect(panelClosedReason({ status: 'closed', decision: commissioned })).toMatch(/finished/);
    expect(panelClosedReason({ status: 'transferred', decision: commissioned })).toMatch(/finished/);
  });
});

describe('attendanceProblems', () => {
  const members = [
    { id: 'm1', name: 'Helen Smith', joinedOn: '2013-12-01', leftOn: null },
    { id: 'm2', name: 'Rob Stanton', joinedOn: '2014-01-10', leftOn: null },
    { id: 'm3', name: 'Sue Wynne', joinedOn: '2013-12-01', leftOn: '2013-12-31' },
  ];

  it('accepts members serving on the day, including the days they joined and left', () => {
    expect(attendanceProblems(members, ['m1', 'm3'], '2013-12-01')).toEqual([]);
    expect(attendanceProblems(members, ['m3'], '2013-12-31')).toEqual([]);
  });

  it('names each attendee who is not on the panel, or not on it that day, by position', () => {
    expect(attendanceProblems(members, ['m1', 'm2', 'nobody', 'm3'], '2014-01-05')).toEqual([
      { field: 'attendeeIds.1', message: 'Rob Stanton was not on the panel on 2014-01-05' },
      { field: 'attendeeIds.2', message: 'Choose a member of this review’s panel' },
      { field: 'attendeeIds.3', message: 'Sue Wynne was not on the panel on 2014-01-05' },
    ]);
  });
});

describe('attendedOutside', () => {
  const meetings = [
    { heldOn: '2013-12-12', attendeeIds: ['m1', 'm2'] },
    { heldOn: '2014-02-06', attendeeIds: ['m1'] },
  ];

  it('finds the meetings a member attended that new dates would leave outside their membership', () => {
    expect(attendedOutside('m1', { joinedOn: '2013-12-12', leftOn: null }, meetings)).toEqual([]);
    expect(attendedOutside('m1', { joinedOn: '2013-12-13', leftOn: '2014-01-31' }, meetings)).toEqual([
      '2013-12-12',
      '2014-02-06',
    ]);
    expect(attendedOutside('m3', { joinedOn: '2020-01-01', leftOn: null }, meetings)).toEqual([]);
  });
});

describe('periodProblems and periodRunsForwards', () => {
  it('accepts seed 003’s period, spring 2007 to autumn 2013', () => {
    const period = { periodFrom: spring2007, periodTo: autumn2013 };
    expect(periodProblems(period, '2026-11-27')).toEqual([]);
    expect(periodRunsForwards(period)).toBe(true);
  });

  it('names the field of each malformed end', () => {
    expect(
      periodProblems(
        {
          periodFrom: { precision: 'season', year: 2007 },
          periodTo: { precision: 'day', year: 2013, month: 2, day: 30 },
        },
        '2026-11-27',
      ),
    ).toEqual([
      { field: 'periodFrom', message: 'season is needed for season precision' },
      { field: 'periodTo', message: 'day must be 1 to 28 in February 2013' },
    ]);
  });

  it('refuses a period that starts after today', () => {
    expect(
      periodProblems({ periodFrom: { precision: 'year', year: 2027 }, periodTo: autumn2013 }, '2026-11-27'),
    ).toEqual([{ field: 'periodFrom', message: 'The period under review must not start in the future' }]);
  });

  it('runs forwards when the end starts no earlier than the start', () => {
    expect(periodRunsForwards({ periodFrom: autumn2013, periodTo: spring2007 })).toBe(false);
    expect(periodRunsForwards({ periodFrom: { precision: 'year', year: 2013 }, periodTo: autumn2013 })).toBe(
      true,
    );
    expect(periodRunsForwards({ periodFrom: autumn2013, periodTo: autumn2013 })).toBe(true);
  });
});

describe('nextDraft', () => {
  it('starts version 1 when there is none', () => {
    expect(nextDraft([])).toEqual({ kind: 'first', versionNumber: 1 });
  });

  it('revises the latest agreed version with the next number', () => {
    const v1 = version(1);
    const v2 = version(2, { agreedOn: '2014-02-06', agreedAtMeetingId: 'm2' });
    expect(nextDraft([v2, v1])).toEqual({ kind: 'revision', versionNumber: 3, basis: v2 });
  });

  it('allows no second draft while one is open', () => {
    const draft = version(2, { status: 'draft', agreedOn: null, agreedAtMeetingId: null });
    expect(nextDraft([version(1), draft])).toEqual({ kind: 'draft_exists', draft });
  });
});

describe('agreementDateProblem', () => {
  const v1 = version(1, { agreedOn: '2013-12-12' });

  it('accepts the first version at any meeting, and a revision at or after the previous agreement', () => {
    expect(agreementDateProblem([], 1, '2013-12-12')).toBeNull();
    expect(agreementDateProblem([v1], 2, '2014-02-06')).toBeNull();
    expect(agreementDateProblem([v1], 2, '2013-12-12')).toBeNull();
  });

  it('refuses a revision agreed at a meeting before the version it revises', () => {
    expect(agreementDateProblem([v1], 2, '2013-12-01')).toMatch(/before 2013-12-12/);
  });
});

import {
  BREACH_REASON_LABELS,
  BREACH_REASONS,
  breachReasonProblems,
  Clock,
  ClockInput,
  ClockPolicy,
  completionBreached,
  DEFAULT_CLOCK_POLICY,
  PauseSpan,
  reviewClocks,
} from './statutory-clock';

function clocks(changes: Partial<ClockInput>) {
  return reviewClocks({
    notifiedOn: '2026-01-10',
    decidedOn: null,
    completedOn: null,
    pauses: [],
    today: '2026-01-20',
    policy: DEFAULT_CLOCK_POLICY,
    ...changes,
  });
}

const clockOf = (
  dueOn: string,
  state: Clock['state'],
  daysRemaining: number,
  stoppedOn: string | null = null,
) => ({
  dueOn,
  state,
  daysRemaining,
  stoppedOn,
});

describe('the statutory clocks', () => {
  it('default to the 2016 guidance: decide within 1 month, complete within 6, warn a week ahead', () => {
    expect(DEFAULT_CLOCK_POLICY).toEqual({ decisionMonths: 1, completionMonths: 6, warningDays: 7 });
  });

  describe('the decision clock (rule 1), due a month after notification', () => {
    // [notified, decided, today, expected clock] — dates worked out by hand
    it.each([
      ['2026-01-31', null, '2026-02-01', clockOf('2026-02-28', 'running', 27)],
      ['2024-01-31', null, '2024-02-01', clockOf('2024-02-29', 'running', 28)],
      ['2100-01-31', null, '2100-02-10', clockOf('2100-02-28', 'running', 18)],
      ['2026-01-31', null, '2026-02-20', clockOf('2026-02-28', 'running', 8)],
      ['2026-01-31', null, '2026-02-21', clockOf('2026-02-28', 'due_soon', 7)],
      ['2028-01-31', null, '2028-02-22', clockOf('2028-02-29', 'due_soon', 7)],
      ['2026-01-31', null, '2026-02-28', clockOf('2026-02-28', 'due_soon', 0)],
      ['2026-01-31', null, '2026-03-01', clockOf('2026-02-28', 'overdue', -1)],
      ['2028-01-31', null, '2028-03-01', clockOf('2028-02-29', 'overdue', -1)],
      ['2026-03-15', null, '2026-04-20', clockOf('2026-04-15', 'overdue', -5)],
      ['2026-03-31', null, '2026-04-01', clockOf('2026-04-30', 'running', 29)],
      ['2026-12-20', null, '2026-12-31', clockOf('2027-01-20', 'running', 20)],
      ['2026-01-31', '2026-02-10', '2026-06-01', clockOf('2026-02-28', 'met', 18, '2026-02-10')],
      ['2026-01-31', '2026-02-28', '2026-06-01', clockOf('2026-02-28', 'met', 0, '2026-02-28')],
      ['2026-01-31', '2026-03-01', '2026-06-01', clockOf('2026-02-28', 'missed', -1, '2026-03-01')],
      ['2024-01-31', '2024-02-29', '2024-06-01', clockOf('2024-02-29', 'met', 0, '2024-02-29')],
      ['2024-01-31', '2024-03-01', '2024-06-01', clockOf('2024-02-29', 'missed', -1, '2024-03-01')],
      ['2026-03-15', '2026-05-01', '2026-05-01', clockOf('2026-04-15', 'missed', -16, '2026-05-01')],
    ])('notified %s, decided %s, on %s: %j', (notifiedOn, decidedOn, today, expected) => {
      expect(clocks({ notifiedOn, decidedOn, today }).decision).toEqual(expected);
    });
  });

  describe('the completion clock (rule 12), due six months after the decision', () => {
    it('has not started before a decision', () => {
      expect(clocks({ decidedOn: null, completedOn: null, today: '2027-01-01' }).completion).toEqual({
        dueOn: null,
        state: 'not_started',
        daysRemaining: null,
        stoppedOn: null,
      });
    });

    // [decided, first submitted, today, expected clock]
    it.each([
      ['2026-08-31', null, '2026-09-01', clockOf('2027-02-28', 'running', 180)],
      ['2026-08-30', null, '2027-02-20', clockOf('2027-02-28', 'running', 8)],
      ['2026-08-30', null, '2027-02-21', clockOf('2027-02-28', 'due_soon', 7)],
      ['2027-08-31', null, '2028-02-29', clockOf('2028-02-29', 'due_soon', 0)],
      ['2027-08-30', null, '2028-03-01', clockOf('2028-02-29', 'overdue', -1)],
      ['2023-08-31', null, '2024-02-22', clockOf('2024-02-29', 'due_soon', 7)],
      ['2099-08-31', null, '2100-01-31', clockOf('2100-02-28', 'running', 28)],
      ['2025-09-15', null, '2026-03-10', clockOf('2026-03-15', 'due_soon', 5)],
      ['2025-07-31', null, '2026-01-01', clockOf('2026-01-31', 'running', 30)],
      ['2026-01-31', null, '2026-09-30', clockOf('2026-07-31', 'overdue', -61)],
      ['2026-08-30', '2027-02-28', '2027-06-01', clockOf('2027-02-28', 'met', 0, '2027-02-28')],
      ['2026-08-30', '2027-03-01', '2027-06-01', clockOf('2027-02-28', 'missed', -1, '2027-03-01')],
      ['2027-08-31', '2028-02-29', '2028-06-01', clockOf('2028-02-29', 'met', 0, '2028-02-29')],
      ['2026-01-31', '2026-06-30', '2026-12-01', clockOf('2026-07-31', 'met', 31, '2026-06-30')],
    ])('decided %s, submitted %s, on %s: %j', (decidedOn, completedOn, today, expected) => {
      expect(clocks({ notifiedOn: '2000-01-01', decidedOn, completedOn, today }).completion).toEqual(
        expected,
      );
    });
  });

  it('follow the partnership’s policy', () => {
    // the 2024 draft guidance proposes 12 months; this partnership also warns a fortnight ahead
    const policy: ClockPolicy = { decisionMonths: 2, completionMonths: 12, warningDays: 14 };
    const result = clocks({ notifiedOn: '2025-12-31', decidedOn: '2026-02-20', today: '2027-02-10', policy });
    expect(result.decision).toEqual(clockOf('2026-02-28', 'met', 8, '2026-02-20'));
    expect(result.completion).toEqual(clockOf('2027-02-20', 'due_soon', 10));
    expect(
      clocks({ notifiedOn: '2025-12-31', decidedOn: '2026-02-20', today: '2027-02-10' }).completion,
    ).toEqual(clockOf('2026-08-20', 'overdue', -174));
  });

  describe('pauses', () => {
    const span = (pausedOn: string, resumedOn: string | null): PauseSpan => ({ pausedOn, resumedOn });

    // [pauses, today, days paused, paused now]
    it.each([
      [[], '2026-06-30', 0, false],
      [[span('2026-03-01', '2026-03-11')], '2026-06-30', 10, false],
      [[span('2026-02-01', '2026-03-01')], '2026-06-30', 28, false],
      [[span('2024-02-01', '2024-03-01')], '2024-06-30', 29, false],
      [[span('2026-06-20', null)], '2026-06-30', 10, true],
      [[span('2026-06-30', null)], '2026-06-30', 0, true],
      [[span('2026-05-20', null)], '2026-06-30', 41, true],
      [
        [span('2026-03-01', '2026-03-11'), span('2026-05-01', '2026-05-31'), span('2026-06-25', null)],
        '2026-06-30',
        45,
        true,
      ],
      [[span('2026-03-01', '2026-03-11'), span('2026-05-01', '2026-05-31')], '2026-06-30', 40, false],
      [[span('2026-05-01', '2026-05-31'), span('2026-03-01', '2026-03-11')], '2026-06-30', 40, false],
      // overlapping spans are counted once
      [[span('2026-03-01', '2026-03-21'), span('2026-03-11', '2026-03-31')], '2026-06-30', 30, false],
      [[span('2026-03-01', '2026-03-31'), span('2026-03-10', '2026-03-20')], '2026-06-30', 30, false],
      [[span('2026-03-01', '2026-03-11'), span('2026-03-11', '2026-03-21')], '2026-06-30', 20, false],
      // only the days already passed count
      [[span('2026-06-20', '2026-07-10')], '2026-06-30', 10, false],
      [[span('2025-12-20', '2026-01-10')], '2026-06-30', 21, false],
    ])('%j on %s: %i days paused, paused now: %s', (pauses, today, days, pausedNow) => {
      const result = clocks({ pauses, today });
      expect(result.pausedDays).toBe(days);
      expect(result.paused).toBe(pausedNow);
    });

    it('do not move the statutory dates, which are shown beside the days paused', () => {
      const unpaused = clocks({ notifiedOn: '2026-01-31', decidedOn: '2026-02-20', today: '2026-09-01' });
      const paused = clocks({
        notifiedOn: '2026-01-31',
        decidedOn: '2026-02-20',
        today: '2026-09-01',
        pauses: [span('2026-04-01', '2026-06-01'), span('2026-08-01', null)],
      });
      expect(paused.decision).toEqual(unpaused.decision);
      expect(paused.completion).toEqual(clockOf('2026-08-20', 'overdue', -12));
      expect(paused.completion).toEqual(unpaused.completion);
      expect([paused.pausedDays, paused.paused]).toEqual([61 + 31, true]);
    });
  });

  describe('a breach of the completion date (rule 10)', () => {
    // [decided, first submitted, today, completion state, breached]
    it.each([
      [null, null, '2026-12-01', 'not_started', false],
      ['2026-01-31', null, '2026-06-01', 'running', false],
      ['2026-01-31', null, '2026-07-31', 'due_soon', false],
      ['2026-01-31', null, '2026-08-01', 'overdue', true],
      ['2026-01-31', '2026-07-31', '2026-12-01', 'met', false],
      ['2026-01-31', '2026-08-01', '2026-12-01', 'missed', true],
    ])(
      'decided %s, submitted %s, on %s: %s, breached %s',
      (decidedOn, completedOn, today, state, breached) => {
        const result = clocks({ notifiedOn: '2026-01-01', decidedOn, completedOn, today });
        expect(result.completion.state).toBe(state);
        expect(completionBreached(result)).toBe(breached);
      },
    );

    it('is not a late decision, which has its own clock', () => {
      const result = clocks({ notifiedOn: '2026-01-01', decidedOn: null, today: '2026-12-01' });
      expect(result.decision.state).toBe('overdue');
      expect(completionBreached(result)).toBe(false);
    });
  });

  describe('the reason for a breach', () => {
    it.each(BREACH_REASONS.map((reason) => [reason] as const))('%s is accepted with a note', (reason) => {
      expect(breachReasonProblems(reason, 'The trial was adjourned twice.')).toEqual([]);
    });

    it.each([
      ['criminal_proceedings', 'Criminal proceedings'],
      ['inquest', 'Inquest'],
      ['volume_of_information', 'Volume of information'],
      ['agency_delay', 'Delay by an agency'],
      ['family_engagement', 'Family engagement'],
      ['chair_availability', 'Availability of the chair'],
      ['other', 'Other'],
    ] as const)('%s is shown as "%s"', (reason, label) => {
      expect(BREACH_REASON_LABELS[reason]).toBe(label);
    });

    const NO_REASON = { field: 'reason', message: 'Choose the reason the completion date was missed' };
    const UNKNOWN_REASON = {
      field: 'reason',
      message:
        'Choose one of: Criminal proceedings, Inquest, Volume of information, Delay by an agency, ' +
        'Family engagement, Availability of the chair, Other',
    };
    const NO_NOTE = { field: 'note', message: 'Say what delayed this review' };

    it.each([
      [null, 'The inquest opened in March.', [NO_REASON]],
      [undefined, 'The inquest opened in March.', [NO_REASON]],
      ['', 'The inquest opened in March.', [NO_REASON]],
      ['weather', 'The inquest opened in March.', [UNKNOWN_REASON]],
      ['Inquest', 'The inquest opened in March.', [UNKNOWN_REASON]],
      ['inquest', '', [NO_NOTE]],
      ['inquest', '   \n\t', [NO_NOTE]],
      ['inquest', null, [NO_NOTE]],
      ['inquest', undefined, [NO_NOTE]],
      [null, null, [NO_REASON, NO_NOTE]],
    ])('%j with note %j: %j', (code, note, problems) => {
      expect(breachReasonProblems(code, note)).toEqual(problems);
    });
  });
});

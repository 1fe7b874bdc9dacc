import { Clock, ReviewClocks } from './statutory-clock';
import { clockAlertEmail, clockAlerts } from './clock-alerts';

const clock = (
  state: Clock['state'],
  dueOn: string | null = '2026-12-01',
  daysRemaining: number | null = 4,
): Clock => ({
  state,
  dueOn,
  daysRemaining,
  stoppedOn: null,
});
const clocks = (decision: Clock, completion: Clock): ReviewClocks => ({
  decision,
  completion,
  pausedDays: 0,
  paused: false,
});

describe('clock alerts', () => {
  it.each([
    ['not_started', []],
    ['running', []],
    ['met', []],
    ['missed', []],
    ['due_soon', [{ clock: 'decision', state: 'due_soon', dueOn: '2026-12-01', daysRemaining: 4 }]],
    ['overdue', [{ clock: 'decision', state: 'overdue', dueOn: '2026-12-01', daysRemaining: 4 }]],
  ] as const)('a decision clock that is %s calls for %j', (state, expected) => {
    expect(clockAlerts(clocks(clock(state), clock('not_started', null, null)))).toEqual(expected);
  });

  it('alerts on both clocks at once, decision first', () => {
    const alerts = clockAlerts(
      clocks(clock('overdue', '2026-10-01', -57), clock('due_soon', '2026-12-01', 4)),
    );
    expect(alerts.map((a) => [a.clock, a.state])).toEqual([
      ['decision', 'overdue'],
      ['completion', 'due_soon'],
    ]);
  });

  it('writes an email that names the review by reference only', () => {
    const email = clockAlertEmail(
      'DHR-2026-004',
      { clock: 'completion', state: 'overdue', dueOn: '2026-11-20', daysRemaining: -7 },
      'https://dhr.example/reviews/1',
    );
    expect(email.subject).toBe('DHR-2026-004: completion overdue');
    expect(email.body).toContain(
      'Completion of the review for DHR-2026-004 was due on 2026-11-20 and is 7 days overdue.',
    );
    expect(email.body).toContain('needs a reason');
    expect(email.body).toContain('https://dhr.example/reviews/1');
  });

  it('says "in 1 day", not "in 1 days"', () => {
    const email = clockAlertEmail(
      'DHR-2026-005',
      { clock: 'decision', state: 'due_soon', dueOn: '2026-11-28', daysRemaining: 1 },
      'u',
    );
    expect(email.subject).toBe('DHR-2026-005: decision due on 2026-11-28');
    expect(email.body).toContain('is due on 2026-11-28, in 1 day.');
  });
});

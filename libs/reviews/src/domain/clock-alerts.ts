import type { Clock, ReviewClocks } from './statutory-clock';

export const ALERTED_CLOCKS = ['decision', 'completion'] as const;
export type AlertedClock = (typeof ALERTED_CLOCKS)[number];

/** Rule 1 (and the six-month target): warn before a clock is due, flag it once it is overdue. */
export interface ClockAlert {
  clock: AlertedClock;
  state: 'due_soon' | 'overdue';
  dueOn: string;
  daysRemaining: number;
}

/** The alerts a review's clocks call for today: each running clock that is due soon or overdue. */
export function clockAlerts(clocks: ReviewClocks): ClockAlert[] {
  return ALERTED_CLOCKS.flatMap((name) => {
    const clock: Clock = clocks[name];
    if ((clock.state !== 'due_soon' && clock.state !== 'overdue') || clock.dueOn === null) return [];
    return [{ clock: name, state: clock.state, dueOn: clock.dueOn, daysRemaining: clock.daysRemaining ?? 0 }];
  });
}

const WHAT: Record<AlertedClock, string> = {
  decision: 'The decision whether to hold a review',
  completion: 'Completion of the review',
};

/**
 * The email for an alert. It names the review by reference only: no subject, pseudonymised or not, and
 * nothing of the circumstances, since email leaves the system.
 */
export function clockAlertEmail(reference: string, alert: ClockAlert, reviewUrl: string) {
  const days = Math.abs(alert.daysRemaining);
  const when =
    alert.state === 'overdue'
      ? `was due on ${alert.dueOn} and is ${days} day${days === 1 ? '' : 's'} overdue`
      : `is due on ${alert.dueOn}, in ${days} day${days === 1 ? '' : 's'}`;
  const subject =
    alert.state === 'overdue'
      ? `${reference}: ${alert.clock} overdue`
      : `${reference}: ${alert.clock} due on ${alert.dueOn}`;
  const next =
    alert.state === 'overdue' && alert.clock === 'completion'
      ? 'A breach of the completion date needs a reason: record it on the review.'
      : 'Open the review to see what is still needed.';
  return { subject, body: `${WHAT[alert.clock]} for ${reference} ${when}.\n\n${next}\n\n${reviewUrl}\n` };
}

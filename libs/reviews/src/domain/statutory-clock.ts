import { addMonths, compareDates, daysBetween, FieldProblem } from '@dhr/platform-domain';

/** Periods from statutory guidance (2016: decide in 1 month, complete in 6); partnerships may change them. */
export interface ClockPolicy {
  decisionMonths: number;
  completionMonths: number;
  /** How many days before a due date a clock shows as due soon. */
  warningDays: number;
}

export const DEFAULT_CLOCK_POLICY: ClockPolicy = { decisionMonths: 1, completionMonths: 6, warningDays: 7 };

export interface PauseSpan {
  pausedOn: string;
  resumedOn: string | null;
}

/** met and missed are final (the clock stopped); the others describe a clock still running today. */
export type ClockState = 'not_started' | 'running' | 'due_soon' | 'overdue' | 'met' | 'missed';

export interface Clock {
  dueOn: string | null;
  state: ClockState;
  /** Days from today (or from the day it stopped) to the due date: negative once it has passed. */
  daysRemaining: number | null;
  stoppedOn: string | null;
}

export interface ReviewClocks {
  decision: Clock;
  completion: Clock;
  pausedDays: number;
  paused: boolean;
}

export interface ClockInput {
  notifiedOn: string;
  decidedOn: string | null;
  /** The date the review was first submitted to the Home Office. */
  completedOn: string | null;
  pauses: PauseSpan[];
  today: string;
  policy: ClockPolicy;
}

const NOT_STARTED: Clock = { dueOn: null, state: 'not_started', daysRemaining: null, stoppedOn: null };

/**
 * Rule 1 (decide within a month of notification) and rule 12 (complete within six months of the decision).
 * A pause does not move the dates, which stay as statutory guidance sets them: the days paused are shown
 * beside the clock, so the breach and its reason can be read together.
 */
export function reviewClocks(input: ClockInput): ReviewClocks {
  const { notifiedOn, decidedOn, completedOn, pauses, today, policy } = input;
  return {
    decision: clock(addMonths(notifiedOn, policy.decisionMonths), decidedOn, today, policy),
    completion:
      decidedOn === null
        ? NOT_STARTED
        : clock(addMonths(decidedOn, policy.completionMonths), completedOn, today, policy),
    pausedDays: pausedDays(pauses, today),
    paused: pauses.some((pause) => pause.resumedOn === null),
  };
}

/** Rule 10: a breach of the completion date needs a reason, whether the review is still late or was. */
export function completionBreached(clocks: ReviewClocks): boolean {
  return clocks.completion.state === 'overdue' || clocks.completion.state === 'missed';
}

function clock(dueOn: string, stoppedOn: string | null, today: string, policy: ClockPolicy): Clock {
  if (stoppedOn !== null) {
    const state = compareDates(stoppedOn, dueOn) <= 0 ? 'met' : 'missed';
    return { dueOn, state, daysRemaining: daysBetween(stoppedOn, dueOn), stoppedOn };
  }
  const daysRemaining = daysBetween(today, dueOn);
  const state = daysRemaining < 0 ? 'overdue' : daysRemaining <= policy.warningDays ? 'due_soon' : 'running';
  return { dueOn, state, daysRemaining, stoppedOn: null };
}

/**
 * Days within pauses, an open pause counting to today. Overlapping spans are counted once, and a pause
 * recorded ahead of today counts only the days already passed.
 */
function pausedDays(pauses: PauseSpan[], today: string): number {
  const spans = pauses
    .map(({ pausedOn, resumedOn }) => [pausedOn, minDate(resumedOn ?? today, today)] as const)
    .filter(([from, to]) => compareDates(from, to) < 0)
    .sort(([a], [b]) => compareDates(a, b));
  let total = 0;
  let countedTo: string | null = null;
  for (const [from, to] of spans) {
    const start = countedTo !== null && compareDates(countedTo, from) > 0 ? countedTo : from;
    if (compareDates(start, to) < 0) total += daysBetween(start, to);
    if (countedTo === null || compareDates(to, countedTo) > 0) countedTo = to;
  }
  return total;
}

function minDate(a: string, b: string): string {
  return compareDates(a, b) <= 0 ? a : b;
}

/** Why a review missed its completion date: the reasons a coordinator chooses from, each with a note. */
export const BREACH_REASONS = [
  'criminal_proceedings',
  'inquest',
  'volume_of_information',
  'agency_delay',
  'family_engagement',
  'chair_availability',
  'other',
] as const;

export type BreachReason = (typeof BREACH_REASONS)[number];

export const BREACH_REASON_LABELS: Record<BreachReason, string> = {
  criminal_proceedings: 'Criminal proceedings',
  inquest: 'Inquest',
  volume_of_information: 'Volume of information',
  agency_delay: 'Delay by an agency',
  family_engagement: 'Family engagement',
  chair_availability: 'Availability of the chair',
  other: 'Other',
};

export function isBreachReason(value: string): value is BreachReason {
  return (BREACH_REASONS as readonly string[]).includes(value);
}

/** Rule 10: a reason from the list, and a note of what happened in this review (a code explains little). */
export function breachReasonProblems(
  code: string | null | undefined,
  note: string | null | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!code) {
    problems.push({ field: 'reason', message: 'Choose the reason the completion date was missed' });
  } else if (!isBreachReason(code)) {
    problems.push({
      field: 'reason',
      message: `Choose one of: ${BREACH_REASONS.map((r) => BREACH_REASON_LABELS[r]).join(', ')}`,
    });
  }
  if (!note?.trim()) problems.push({ field: 'note', message: 'Say what delayed this review' });
  return problems;
}

import { isCalendarDate } from '@dhr/platform-domain';

/**
 * The four ratings of an action plan (domain.md, "RAG", from seed 004). Ordered worst to best, so a list of
 * actions can be sorted by `RAG_RATINGS.indexOf`.
 */
export const RAG_RATINGS = ['red', 'amber', 'light_green', 'green'] as const;

export type RagRating = (typeof RAG_RATINGS)[number];

export const RAG_LABELS: Record<RagRating, string> = {
  red: 'Red',
  amber: 'Amber',
  light_green: 'Light green',
  green: 'Green',
};

export interface RagInput {
  /** What the lead officer set with their latest progress update; null before the first one. */
  reported: RagRating | null;
  /** null while the target date is "to be agreed": such an action is never overdue. */
  targetDate: string | null;
  /** The day the lead officer recorded completion (submitted it for sign-off), or null. */
  completedOn: string | null;
  /** The coordinator approved the completion, with evidence (rule 11). */
  signedOff: boolean;
  today: string;
}

export type RagReason =
  | 'overdue'
  | 'reported'
  | 'signed_off'
  | 'not_yet_rated'
  | 'completion_awaiting_sign_off';

export interface RagResult {
  rating: RagRating;
  reason: RagReason;
}

/**
 * The rating an action shows, whatever was last typed. In order:
 * 1. signed off by the coordinator → green ('signed_off'): only evidence and sign-off make an action Green;
 * 2. completion recorded but not yet signed off → light green ('completion_awaiting_sign_off'), EVEN IF the
 *    target date has passed. Decision: once the lead officer has recorded completion the action is no longer
 *    "incomplete" in the sense of rule 11, and showing it Red would send the lead chasing work already done;
 *    the wait is on the coordinator, whose queue shows it;
 * 3. target date passed (target < today; the target day itself is still on time) → red ('overdue'),
 *    whatever was reported: an overdue, incomplete action is Red (rule 11);
 * 4. reported green without a recorded completion → light green ('completion_awaiting_sign_off'): Green needs
 *    evidence and sign-off;
 * 5. otherwise the reported rating ('reported'), or amber ('not_yet_rated') before the first update — "not
 *    started but within timescale".
 * Malformed dates are a programming error (input is validated at the edge), so they throw a RangeError.
 */
export function effectiveRag(input: RagInput): RagResult {
  assertDate('today', input.today);
  if (input.targetDate !== null) assertDate('targetDate', input.targetDate);
  if (input.completedOn !== null) assertDate('completedOn', input.completedOn);

  if (input.signedOff) return { rating: 'green', reason: 'signed_off' };
  if (input.completedOn !== null) return { rating: 'light_green', reason: 'completion_awaiting_sign_off' };
  if (input.targetDate !== null && input.targetDate < input.today)
    return { rating: 'red', reason: 'overdue' };
  if (input.reported === 'green') return { rating: 'light_green', reason: 'completion_awaiting_sign_off' };
  if (input.reported !== null) return { rating: input.reported, reason: 'reported' };
  return { rating: 'amber', reason: 'not_yet_rated' };
}

export function isRagRating(value: string): value is RagRating {
  return (RAG_RATINGS as readonly string[]).includes(value);
}

function assertDate(name: string, value: string): void {
  if (!isCalendarDate(value)) {
    throw new RangeError(`${name} ${JSON.stringify(value)} is not a calendar date (YYYY-MM-DD)`);
  }
}

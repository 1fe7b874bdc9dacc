import { api, Schemas } from '../../api/client';
import { FieldProblem, Problem, toProblem } from '../../api/problem';
import { Fetched, useFetched } from '../../api/use-fetched';
import { Tag } from '../../components/page';

export type Review = Schemas['ReviewResponse'];
export type ReviewSummary = Schemas['ReviewSummaryResponse'];
export type Clock = Schemas['ClockResponse'];
export type Capability = Review['capabilities'][number];

export const REVIEW_TYPE_LABELS: Record<Review['reviewType'], string> = {
  dhr: 'Domestic Homicide Review (DHR)',
  dardr: 'Domestic Abuse Related Death Review (DARDR)',
};

export const RELATIONSHIP_LABELS: Record<string, string> = {
  intimate_partner: 'Intimate partner',
  former_intimate_partner: 'Former intimate partner',
  family_member: 'Relative',
  household_member: 'Member of the same household',
};

export const AGE_BANDS = ['16-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75+'] as const;

export const PAUSE_REASON_LABELS: Record<string, string> = {
  criminal_proceedings: 'Criminal proceedings',
  inquest: 'Inquest',
  police_conduct_investigation: 'Police-conduct investigation',
  other: 'Other',
};

/** 27 November 2026 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'Not recorded';
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Today in the user's calendar, YYYY-MM-DD. */
export function today(): { day: string; month: string; year: string } {
  const now = new Date();
  return { day: String(now.getDate()), month: String(now.getMonth() + 1), year: String(now.getFullYear()) };
}

const CLOCK_TAGS: Record<Clock['state'], { label: string; colour: string }> = {
  not_started: { label: 'Not started', colour: 'grey' },
  running: { label: 'On track', colour: 'blue' },
  due_soon: { label: 'Due soon', colour: 'orange' },
  overdue: { label: 'Overdue', colour: 'red' },
  met: { label: 'Met', colour: 'green' },
  missed: { label: 'Missed', colour: 'red' },
};

const days = (n: number) => `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;

/** A statutory clock: its state as a tag, the due date, and the days left (or over). */
export function ClockStatus({ clock }: { clock: Clock }) {
  const tag = CLOCK_TAGS[clock.state];
  const remaining =
    clock.daysRemaining === null || clock.state === 'met' || clock.state === 'missed'
      ? null
      : clock.daysRemaining >= 0
        ? `${days(clock.daysRemaining)} left`
        : `${days(-clock.daysRemaining)} overdue`;
  return (
    <>
      <Tag colour={tag.colour}>{tag.label}</Tag>
      {clock.dueOn && (
        <span className="app-clock-due">
          {' '}
          Due {formatDate(clock.dueOn)}
          {remaining ? ` (${remaining})` : ''}
          {clock.stoppedOn ? `; done on ${formatDate(clock.stoppedOn)}` : ''}
        </span>
      )}
    </>
  );
}

export function useReview(reviewId: string): Fetched<Review> {
  return useFetched(
    () => api.GET('/api/v1/reviews/{reviewId}', { params: { path: { reviewId } } }),
    [reviewId],
  );
}

/**
 * The api's problem for a review command, told in the form's words: blockers (422) as the list of what is
 * still to do; a field's message replaced where the form has a better one (a radio not chosen); a date's
 * "written YYYY-MM-DD" dropped, since people type it into three boxes.
 */
export function reviewProblem(
  result: { error?: unknown; response: Response },
  messages: Record<string, string> = {},
): Problem {
  const problem = toProblem(result);
  const body = (typeof result.error === 'object' && result.error !== null ? result.error : {}) as {
    blockers?: { code: string; message: string }[];
  };
  const blockers: FieldProblem[] = Array.isArray(body.blockers)
    ? body.blockers.map((blocker) => ({ field: '', message: blocker.message }))
    : [];
  const errors = problem.errors?.map((error) => ({
    field: error.field,
    message: messages[error.field] ?? error.message.replace(/, written YYYY-MM-DD$/, ''),
  }));
  const all = [...(errors ?? []), ...blockers];
  return { ...problem, errors: all.length ? all : undefined };
}

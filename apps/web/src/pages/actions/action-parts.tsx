import { api, Schemas } from '../../api/client';
import { Fetched, useFetched } from '../../api/use-fetched';

export type Action = Schemas['ActionResponse'];
export type ActionSummary = Schemas['ActionSummaryResponse'];
export type ActionStatus = ActionSummary['status'];

export const RAG_RATINGS = ['red', 'amber', 'light_green', 'green'] as const;
export type RagRating = (typeof RAG_RATINGS)[number];

/**
 * Each rating as a GOV.UK tag: the colour is never the only sign, the words always say it. Light green has
 * no tag colour of its own: green, with the words "Light green".
 */
export const RAG_TAGS: Record<string, { label: string; colour: string }> = {
  red: { label: 'Red', colour: 'red' },
  amber: { label: 'Amber', colour: 'orange' },
  light_green: { label: 'Light green', colour: 'green' },
  green: { label: 'Green', colour: 'green' },
};

export const RAG_REASONS: Record<string, string> = {
  overdue: 'Overdue',
  reported: 'As last reported',
  signed_off: 'Completion signed off',
  not_yet_rated: 'No update yet',
  completion_awaiting_sign_off: 'Awaiting sign-off',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  completion_submitted: 'Completion awaiting sign-off',
  closed: 'Closed',
};

/** The rating as a tag, with the reason in small text beside it (or for screen readers only). */
export function RagTag({
  rag,
  reason = 'small',
}: {
  rag: ActionSummary['rag'];
  reason?: 'small' | 'hidden';
}) {
  const tag = RAG_TAGS[rag.rating] ?? { label: rag.label, colour: 'grey' };
  const why = RAG_REASONS[rag.reason] ?? rag.reason;
  return (
    <>
      <strong className={`govuk-tag govuk-tag--${tag.colour}`}>{tag.label}</strong>
      {reason === 'hidden' ? (
        <span className="govuk-visually-hidden"> ({why})</span>
      ) : (
        <span className="govuk-body-s govuk-!-margin-left-1"> — {why}</span>
      )}
    </>
  );
}

export function formatDate(iso: string | null | undefined, empty = 'Not recorded'): string {
  if (!iso) return empty;
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export const targetDateText = (action: ActionSummary) =>
  action.targetToBeAgreed || !action.targetDate ? 'To be agreed' : formatDate(action.targetDate);

/** The first day of the calendar quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) that holds `day`, as YYYY-MM-DD. */
export function quarterStart(day: Date = new Date()): string {
  const month = Math.floor(day.getMonth() / 3) * 3 + 1;
  return `${day.getFullYear()}-${String(month).padStart(2, '0')}-01`;
}

/** An open action with no update since the quarter began is due its quarterly update. */
export const updateDue = (action: ActionSummary, start = quarterStart()) =>
  action.status === 'open' && (!action.lastUpdateOn || action.lastUpdateOn < start);

export function useAction(actionId: string): Fetched<Action> {
  return useFetched(
    () => api.GET('/api/v1/actions/{actionId}', { params: { path: { actionId } } }),
    [actionId],
  );
}

/** Every action the user may see under the given filters, a page of the api at a time. */
export async function allActions() {
  const items: ActionSummary[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const result = await api.GET('/api/v1/actions', { params: { query: { limit: 200, cursor } } });
    if (!result.data) return { ...result, data: undefined };
    items.push(...result.data.items);
    if (!result.data.nextCursor) return { ...result, data: items };
    cursor = result.data.nextCursor;
  }
  return { data: items, response: new Response() };
}

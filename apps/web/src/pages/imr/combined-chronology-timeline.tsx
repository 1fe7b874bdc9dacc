import { api, Schemas } from '../../api/client';
import { Fetched, useFetched } from '../../api/use-fetched';
import { Tag } from '../../components/page';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { formatDate } from '../reviews/review-parts';
import { ChronologyFilter } from './combined-chronology-filters';

export type CombinedEntry = Schemas['CombinedEntryResponse'];
export type CombinedChronology = Schemas['CombinedChronologyResponse'];

/** The review's combined chronology, in the api's documented order, as filtered. */
export function useCombinedChronology(
  reviewId: string,
  filter: ChronologyFilter,
): Fetched<CombinedChronology> {
  const { agencyId, subject, from, to } = filter;
  return useFetched(
    () =>
      api.GET('/api/v1/reviews/{reviewId}/chronology', {
        params: { path: { reviewId }, query: { agencyId, subject, from, to } },
      }),
    [reviewId, agencyId, subject, from, to],
  );
}

interface YearGroup {
  year: string;
  entries: CombinedEntry[];
}

/**
 * The entries under the year of the first day each can mean: an entry spanning years sits under its first
 * year (its date, as written, shows the span). The api's order is kept, within and across years.
 */
export function byYear(entries: readonly CombinedEntry[]): YearGroup[] {
  const groups = new Map<string, CombinedEntry[]>();
  for (const entry of entries) {
    const year = entry.earliestOn.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), entry]);
  }
  return [...groups].map(([year, list]) => ({ year, entries: list }));
}

const entryAnchor = (id: string) => `entry-${id}`;
const yearAnchor = (year: string) => `year-${year}`;

/** A short list of links to the years present, for a long chronology. */
export function YearLinks({ groups }: { groups: YearGroup[] }) {
  if (groups.length < 2) return null;
  return (
    <nav aria-labelledby="jump-to-year">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1" id="jump-to-year">
        Jump to a year
      </h2>
      <ul className="govuk-list" style={{ display: 'flex', flexWrap: 'wrap', gap: '0 1.25rem' }}>
        {groups.map(({ year }) => (
          <li key={year}>
            <a className="govuk-link" href={`#${yearAnchor(year)}`}>
              {year}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The chronology as a timeline: a heading per year, each entry a summary card. */
export function Timeline(props: {
  entries: CombinedEntry[];
  /** every entry the user may see, to name linked entries that the filters leave out */
  known: readonly CombinedEntry[];
}) {
  const groups = byYear(props.entries);
  return (
    <>
      <YearLinks groups={groups} />
      {groups.map(({ year, entries }) => (
        <section key={year} aria-labelledby={yearAnchor(year)} className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-l" id={yearAnchor(year)}>
            {year}
          </h2>
          {entries.map((entry) => (
            <EntryCard key={entry.id} entry={entry} known={props.known} shown={props.entries} />
          ))}
        </section>
      ))}
    </>
  );
}

function Optional({ text }: { text: string | null }) {
  return text ? (
    <span className="app-pre-wrap">{text}</span>
  ) : (
    <span className="govuk-hint">None recorded</span>
  );
}

/** What the date can mean, when it is not one day: "Any day from 11 August 2013 to 20 August 2013". */
function span(entry: CombinedEntry): string | undefined {
  if (entry.earliestOn === entry.latestOn) return undefined;
  return `Any day from ${formatDate(entry.earliestOn)} to ${formatDate(entry.latestOn)}`;
}

interface Known {
  known: readonly CombinedEntry[];
  shown: readonly CombinedEntry[];
}

function EntryCard({ entry, known, shown }: Known & { entry: CombinedEntry }) {
  const within = span(entry);
  const timed = entry.time && !entry.date.includes(entry.time) ? `, ${entry.time}` : '';
  return (
    <div className="govuk-summary-card" id={entryAnchor(entry.id)}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          {entry.date}
          {timed}
          <span className="govuk-!-font-weight-regular">, {entry.agencyName}</span>
          {entry.approximate && (
            <>
              {' '}
              <Tag colour="grey">Approximate</Tag>
            </>
          )}
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList>
          <SummaryRow label="Date as written">
            {entry.date}
            {timed}
            {entry.approximate ? ' (approximate)' : ''}
            {within && (
              <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">{within}</span>
            )}
          </SummaryRow>
          <SummaryRow label="Agency">{entry.agencyName}</SummaryRow>
          <SummaryRow label="Source record">
            <Optional text={entry.sourceReference} />
          </SummaryRow>
          <SummaryRow label="Subjects">
            {entry.subjects.length ? (
              entry.subjects.join(', ')
            ) : (
              <span className="govuk-hint">None named</span>
            )}
          </SummaryRow>
          <SummaryRow label="Event">
            <Optional text={entry.event} />
          </SummaryRow>
          <SummaryRow label="Action or outcome">
            <Optional text={entry.actionOutcome} />
          </SummaryRow>
          <SummaryRow label="Analysis">
            <Optional text={entry.analysis} />
          </SummaryRow>
        </SummaryList>
        {entry.linkedEntryIds.length > 0 && (
          <SameEvent ids={entry.linkedEntryIds} known={known} shown={shown} />
        )}
      </div>
    </div>
  );
}

/** The chair's decision that other agencies' entries record the same event. */
function SameEvent({ ids, known, shown }: Known & { ids: string[] }) {
  return (
    <div className="govuk-inset-text govuk-!-margin-bottom-0">
      {ids.map((id) => {
        const other = [...shown, ...known].find((entry) => entry.id === id);
        const named = other ? `the entry of ${other.agencyName}, ${other.date}` : 'another agency’s entry';
        return (
          <p className="govuk-body govuk-!-margin-bottom-1" key={id}>
            <strong>Same event as </strong>
            {shown.some((entry) => entry.id === id) ? (
              <a className="govuk-link" href={`#${entryAnchor(id)}`}>
                {named}
              </a>
            ) : (
              `${named} (not shown with these filters)`
            )}
          </p>
        );
      })}
    </div>
  );
}

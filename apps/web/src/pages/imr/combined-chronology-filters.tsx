import { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { formProblem, Problem, toProblem } from '../../api/problem';
import { Agency } from '../../api/use-agencies';
import { fieldError } from '../../components/error-summary';
import { DateInput, Select, TextInput } from '../../components/fields';
import { useSingleFlight } from '../../components/page';
import { filterFormReader, partsOf } from '../audit-dates';

export const FILTER_LABELS = {
  agencyId: 'Agency',
  subject: 'Subject (pseudonym)',
  from: 'Period from',
  to: 'Period to',
};

export interface ChronologyFilter {
  agencyId?: string;
  subject?: string;
  from?: string;
  to?: string;
}

const FILTER_KEYS = ['agencyId', 'subject', 'from', 'to'] as const;

/** The filters as the address holds them, so a filtered view can be bookmarked or shared. */
export function useChronologyFilter(): ChronologyFilter {
  const [search] = useSearchParams();
  const filter: ChronologyFilter = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(key)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

export const isFiltered = (filter: ChronologyFilter) => FILTER_KEYS.some((key) => filter[key]);

/**
 * The filters: one agency, one subject, a period. Applying them changes the query string; dates that do not
 * exist, or a period that ends before it starts, are named in the error summary before anything is asked.
 */
export function ChronologyFilters(props: {
  agencies: readonly Agency[];
  problem: Problem | undefined;
  onProblem(problem: Problem | undefined): void;
}) {
  const [search, setSearch] = useSearchParams();
  const { problem } = props;

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { text, date, problems } = filterFormReader(new FormData(event.currentTarget), FILTER_LABELS);
    const filters: Record<string, string> = {
      agencyId: text('agencyId'),
      subject: text('subject'),
      from: date('from'),
      to: date('to'),
    };
    if (filters.from && filters.to && filters.from > filters.to) {
      problems.push({ field: 'to', message: 'Period to must be the same as or after period from' });
    }
    if (problems.length) return props.onProblem(formProblem(problems));
    props.onProblem(undefined);
    setSearch(Object.fromEntries(Object.entries(filters).filter(([, value]) => value)));
  };

  return (
    <form onSubmit={apply} noValidate key={search.toString()}>
      <h2 className="govuk-heading-m">Filter the chronology</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Select
            id="agencyId"
            label={FILTER_LABELS.agencyId}
            defaultValue={search.get('agencyId') ?? ''}
            error={fieldError(problem, 'agencyId', FILTER_LABELS)}
            options={[
              { value: '', label: 'All agencies' },
              ...props.agencies.map((agency) => ({ value: agency.id, label: agency.name })),
            ]}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <TextInput
            id="subject"
            label={FILTER_LABELS.subject}
            hint="For example, Adult A"
            width="govuk-input--width-20"
            defaultValue={search.get('subject') ?? ''}
            spellCheck={false}
            error={fieldError(problem, 'subject', FILTER_LABELS)}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <DateInput
            id="from"
            label={FILTER_LABELS.from}
            hint="Entries whose dates could fall on or after this day, for example 1 8 2013"
            defaultValue={partsOf(search.get('from'))}
            error={fieldError(problem, 'from', FILTER_LABELS)}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <DateInput
            id="to"
            label={FILTER_LABELS.to}
            hint="Entries whose dates could fall on or before this day, for example 31 8 2013"
            defaultValue={partsOf(search.get('to'))}
            error={fieldError(problem, 'to', FILTER_LABELS)}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filters
        </button>
        {isFiltered(Object.fromEntries(search.entries())) && (
          <Link className="govuk-link" to={{ search: '' }} onClick={() => props.onProblem(undefined)}>
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}

const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'docx', label: 'Word (DOCX)' },
] as const;

type Format = (typeof FORMATS)[number]['format'];

/** The name the api gives the file (Content-Disposition), else one made from the review's reference. */
function filenameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
}

/** The chronology as filtered, as a file: fetched with the user's token, handed to the browser to save. */
export function ChronologyDownloads(props: {
  reviewId: string;
  reference: string;
  filter: ChronologyFilter;
  onProblem(problem: Problem): void;
}) {
  const once = useSingleFlight();
  const download = (format: Format) =>
    once(async () => {
      const result = await api.GET('/api/v1/reviews/{reviewId}/chronology/export', {
        params: { path: { reviewId: props.reviewId }, query: { ...props.filter, format } },
        parseAs: 'blob',
      });
      if (!result.data) return props.onProblem(toProblem(result));
      const url = URL.createObjectURL(result.data as unknown as Blob);
      const link = window.document.createElement('a');
      link.href = url;
      link.download = filenameOf(result.response, `${props.reference}-combined-chronology.${format}`);
      link.click();
      // the browser has taken the file once the click has been handled
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  return (
    <>
      <h2 className="govuk-heading-m">Download the chronology</h2>
      <p className="govuk-body">
        Columns: date, agency, source record, subjects, event, action or outcome, and analysis, in the order
        shown here{isFiltered(props.filter) ? ', with the filters applied' : ''}. Subjects appear by pseudonym
        only.
      </p>
      <div className="govuk-button-group">
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => void download(format)}
          >
            Download {label}
          </button>
        ))}
      </div>
    </>
  );
}

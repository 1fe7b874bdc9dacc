import { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { formProblem, Problem } from '../../api/problem';
import { fieldError } from '../../components/error-summary';
import { DateInput, Select, TextInput } from '../../components/fields';
import { filterFormReader, partsOf } from '../audit-dates';
import { ACTION_STATUS_LABELS, RAG_TAGS } from './action-parts';

export type PlanSort = 'plan' | 'target' | 'rag' | 'updated';

export const FILTER_LABELS = {
  agencyId: 'Lead agency',
  reviewId: 'Review',
  leadOfficer: 'Lead officer',
  rag: 'RAG rating',
  status: 'Status',
  dueFrom: 'Due from',
  dueTo: 'Due to',
  sort: 'Order',
};

const SORTS: { value: PlanSort; label: string }[] = [
  { value: 'plan', label: 'As the plan is laid out (section, then reference)' },
  { value: 'target', label: 'Target date, soonest first' },
  { value: 'rag', label: 'RAG rating, Red first' },
  { value: 'updated', label: 'Last update, oldest first' },
];

type Option = { value: string; label: string };

/** The plan's filters and order, kept in the address so a filtered plan can be bookmarked and shared. */
export function PlanFilters({
  agencies,
  reviews,
  problem,
  onProblem,
}: {
  agencies: Option[];
  reviews: Option[];
  problem: Problem | undefined;
  onProblem(problem: Problem | undefined): void;
}) {
  const [search, setSearch] = useSearchParams();
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { text, date, problems } = filterFormReader(new FormData(event.currentTarget), FILTER_LABELS);
    const filters: Record<string, string> = {
      agencyId: text('agencyId'),
      reviewId: text('reviewId'),
      leadOfficer: text('leadOfficer'),
      rag: text('rag'),
      status: text('status'),
      dueFrom: date('dueFrom'),
      dueTo: date('dueTo'),
      sort: text('sort') === 'plan' ? '' : text('sort'),
    };
    if (problems.length) return onProblem(formProblem(problems));
    onProblem(undefined);
    setSearch(Object.fromEntries(Object.entries(filters).filter(([, value]) => value)));
  };
  const error = (field: string) => fieldError(problem, field, FILTER_LABELS);
  return (
    <form onSubmit={apply} noValidate key={`${search.toString()} ${agencies.length} ${reviews.length}`}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="reviewId"
            label={FILTER_LABELS.reviewId}
            defaultValue={search.get('reviewId') ?? ''}
            options={[{ value: '', label: 'All reviews and sources' }, ...reviews]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <TextInput
            id="leadOfficer"
            label={FILTER_LABELS.leadOfficer}
            hint="Part of their name"
            defaultValue={search.get('leadOfficer') ?? ''}
            error={error('leadOfficer')}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="sort"
            label={FILTER_LABELS.sort}
            defaultValue={search.get('sort') ?? 'plan'}
            options={SORTS}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="agencyId"
            label={FILTER_LABELS.agencyId}
            defaultValue={search.get('agencyId') ?? ''}
            options={[{ value: '', label: 'All agencies' }, ...agencies]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="rag"
            label={FILTER_LABELS.rag}
            defaultValue={search.get('rag') ?? ''}
            options={[
              { value: '', label: 'Any rating' },
              ...Object.entries(RAG_TAGS).map(([value, tag]) => ({ value, label: tag.label })),
            ]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="status"
            label={FILTER_LABELS.status}
            defaultValue={search.get('status') ?? ''}
            options={[
              { value: '', label: 'Any status' },
              ...Object.entries(ACTION_STATUS_LABELS).map(([value, label]) => ({ value, label })),
            ]}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <DateInput
            id="dueFrom"
            label={FILTER_LABELS.dueFrom}
            hint="Target date on or after"
            defaultValue={partsOf(search.get('dueFrom'))}
            error={error('dueFrom')}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <DateInput
            id="dueTo"
            label={FILTER_LABELS.dueTo}
            hint="Target date on or before"
            defaultValue={partsOf(search.get('dueTo'))}
            error={error('dueTo')}
          />
        </div>
        <div className="govuk-grid-column-one-third app-filters">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Apply filters
          </button>
        </div>
      </div>
    </form>
  );
}

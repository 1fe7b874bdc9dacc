import { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { formProblem, Problem } from '../api/problem';
import { fieldError } from '../components/error-summary';
import { DateInput, Select, TextInput } from '../components/fields';
import { filterFormReader, partsOf } from './audit-dates';

export const AUDIT_FILTER_LABELS = {
  entityType: 'Record type',
  action: 'Action',
  actorUserId: 'Changed by',
  from: 'From',
  to: 'To',
};

/** The audit log's filters. They live in the address, so a filtered view can be bookmarked or shared. */
export function AuditFilters({
  people,
  problem,
  onProblem,
}: {
  people: { id: string; name: string }[];
  /** the filters' own mistakes (a date that does not exist), held by the page so its title can say so */
  problem: Problem | undefined;
  onProblem(problem: Problem | undefined): void;
}) {
  const [search, setSearch] = useSearchParams();
  const labels = AUDIT_FILTER_LABELS;

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { text, date, problems } = filterFormReader(new FormData(event.currentTarget), labels);
    const filters: Record<string, string> = {
      entityType: text('entityType'),
      entityId: search.get('entityId') ?? '',
      action: text('action'),
      actorUserId: text('actorUserId'),
      from: date('from'),
      to: date('to'),
    };
    if (problems.length) return onProblem(formProblem(problems));
    onProblem(undefined);
    setSearch(Object.fromEntries(Object.entries(filters).filter(([, value]) => value)));
  };

  return (
    <>
      <form onSubmit={apply} noValidate key={`${search.toString()} ${people.length}`}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <TextInput
              id="entityType"
              label={labels.entityType}
              hint="For example, user or agency"
              defaultValue={search.get('entityType') ?? ''}
              spellCheck={false}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextInput
              id="action"
              label={labels.action}
              hint="For example, user.updated"
              defaultValue={search.get('action') ?? ''}
              spellCheck={false}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="actorUserId"
              label={labels.actorUserId}
              hint="Anyone, or one person"
              defaultValue={search.get('actorUserId') ?? ''}
              options={[
                { value: '', label: 'Anyone' },
                ...people.map((person) => ({ value: person.id, label: person.name })),
              ]}
            />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <DateInput
              id="from"
              label={labels.from}
              hint="For example, 27 3 2026"
              defaultValue={partsOf(search.get('from'))}
              error={fieldError(problem, 'from', labels)}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <DateInput
              id="to"
              label={labels.to}
              hint="Includes the whole day"
              defaultValue={partsOf(search.get('to'))}
              error={fieldError(problem, 'to', labels)}
            />
          </div>
          <div className="govuk-grid-column-one-third app-filters">
            <button type="submit" className="govuk-button govuk-button--secondary">
              Apply filters
            </button>
          </div>
        </div>
      </form>
    </>
  );
}

import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { newIdempotencyKey, Problem } from '../../api/problem';
import { useFetched } from '../../api/use-fetched';
import { fieldError } from '../../components/error-summary';
import { TextInput } from '../../components/fields';
import {
  ActionButton,
  ButtonLink,
  Loading,
  Notice,
  onFormSubmit,
  PageProblem,
  SuccessBanner,
  useSingleFlight,
} from '../../components/page';
import { Textarea, textValue } from '../../components/review-fields';
import { ImrSubPage } from './author-shared';
import { ChronologyEntry, ifMatch, imrProblem } from './imr-parts';

type EntryBody = Schemas['ChronologyEntryRequest'];

const LABELS = {
  date: 'Date',
  sourceReference: 'Source record',
  subjects: 'Subjects',
  event: 'Event',
  actionOutcome: 'Action or outcome',
  analysis: 'Analysis',
};

const DATE_HINT =
  'As your records give it, for example 06/02/2014, mid-August 2013, spring 2007, c. 1985 or between March and May 2010.';

function useChronology(requestId: string) {
  return useFetched(
    () => api.GET('/api/v1/imr-requests/{requestId}/chronology-entries', { params: { path: { requestId } } }),
    [requestId],
  );
}

/** Entries in date order: the earliest each could be, then the latest. */
const inDateOrder = (items: ChronologyEntry[]) =>
  [...items].sort((a, b) => a.earliestOn.localeCompare(b.earliestOn) || a.latestOn.localeCompare(b.latestOn));

/** The agency's chronology as a table in date order; the author adds, changes and deletes entries. */
export function ChronologyPage() {
  const requestId = useParams().requestId ?? '';
  const chronology = useChronology(requestId);
  return (
    <ImrSubPage title="Chronology" section="chronology" wide>
      {(_, editable) => {
        if (chronology.problem) return <PageProblem problem={chronology.problem} />;
        if (!chronology.data) return <Loading />;
        const entries = inDateOrder(chronology.data.items);
        return (
          <>
            <SuccessBanner />
            <p className="govuk-body">
              Your agency’s contact with the subjects in the period of the review, one entry a contact, as
              your records show it.
            </p>
            {editable && (
              <div className="govuk-button-group">
                <ButtonLink to={`/imr/${requestId}/chronology/new`}>Add an entry</ButtonLink>
                <ButtonLink to={`/imr/${requestId}/chronology/import`} secondary>
                  Upload a spreadsheet
                </ButtonLink>
              </div>
            )}
            {entries.length === 0 ? (
              <p className="govuk-body">There are no entries yet.</p>
            ) : (
              <table className="govuk-table app-table--small">
                <caption className="govuk-table__caption govuk-table__caption--m">
                  {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    {Object.values(LABELS).map((label) => (
                      <th scope="col" className="govuk-table__header" key={label}>
                        {label}
                      </th>
                    ))}
                    {editable && (
                      <th scope="col" className="govuk-table__header">
                        <span className="govuk-visually-hidden">Change</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {entries.map((entry, index) => (
                    <tr className="govuk-table__row" key={entry.id}>
                      <th scope="row" className="govuk-table__header">
                        {entry.date}
                      </th>
                      <td className="govuk-table__cell">{entry.sourceReference}</td>
                      <td className="govuk-table__cell">{entry.subjects.join(', ')}</td>
                      <td className="govuk-table__cell">{entry.event}</td>
                      <td className="govuk-table__cell">{entry.actionOutcome}</td>
                      <td className="govuk-table__cell">{entry.analysis}</td>
                      {editable && (
                        <td className="govuk-table__cell">
                          <Link className="govuk-link" to={`/imr/${requestId}/chronology/${entry.id}`}>
                            Change
                            <span className="govuk-visually-hidden">
                              {' '}
                              entry {index + 1}, {entry.date}
                            </span>
                          </Link>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        );
      }}
    </ImrSubPage>
  );
}

function entryFrom(form: FormData): EntryBody {
  return {
    date: String(form.get('date') ?? '').trim(),
    sourceReference: textValue(form, 'sourceReference'),
    subjects: String(form.get('subjects') ?? '')
      .split(',')
      .map((subject) => subject.trim())
      .filter(Boolean),
    event: String(form.get('event') ?? '').trim(),
    actionOutcome: textValue(form, 'actionOutcome'),
    analysis: textValue(form, 'analysis'),
  };
}

/** Adds an entry (no entryId in the address) or changes one, which can also be deleted from here. */
export function ChronologyEntryPage() {
  const { requestId = '', entryId } = useParams();
  const navigate = useNavigate();
  const chronology = useChronology(requestId);
  const [problem, setProblem] = useState<Problem>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const once = useSingleFlight();
  const error = (field: string) => fieldError(problem, field, LABELS);
  const back = (notice: string) => {
    const state: Notice = { notice };
    void navigate(`/imr/${requestId}/chronology`, { state });
  };

  return (
    <ImrSubPage
      title={entryId ? 'Change a chronology entry' : 'Add a chronology entry'}
      problem={problem}
      labels={LABELS}
      onReload={() => {
        setProblem(undefined);
        chronology.reload();
      }}
    >
      {(_, editable) => {
        if (chronology.problem) return <PageProblem problem={chronology.problem} />;
        if (!chronology.data) return <Loading />;
        if (!editable) return <p className="govuk-body">The chronology cannot be changed now.</p>;
        const entry = entryId ? chronology.data.items.find((item) => item.id === entryId) : undefined;
        if (entryId && !entry) {
          return (
            <PageProblem problem={{ status: 404, code: 'not_found', detail: 'There is no such entry.' }} />
          );
        }
        const headers = ifMatch(chronology.etag);
        const submit = async (form: FormData) => {
          const body = entryFrom(form);
          const result = entryId
            ? await api.PATCH('/api/v1/imr-requests/{requestId}/chronology-entries/{entryId}', {
                params: { path: { requestId, entryId } },
                headers,
                body,
              })
            : await api.POST('/api/v1/imr-requests/{requestId}/chronology-entries', {
                params: { path: { requestId } },
                headers: { ...headers, 'idempotency-key': idempotencyKey },
                body,
              });
          if (!result.data) return setProblem(imrProblem(result));
          back(entryId ? 'The entry has been changed.' : 'The entry has been added to the chronology.');
        };
        const remove = () =>
          once(async () => {
            const result = await api.DELETE('/api/v1/imr-requests/{requestId}/chronology-entries/{entryId}', {
              params: { path: { requestId, entryId: entryId ?? '' } },
              headers,
            });
            if (!result.data) return setProblem(imrProblem(result));
            back('The entry has been deleted.');
          });
        return (
          <form key={chronology.etag} onSubmit={onFormSubmit(once, submit)} noValidate>
            <TextInput
              id="date"
              label={LABELS.date}
              hint={DATE_HINT}
              width="govuk-input--width-20"
              defaultValue={entry?.date}
              error={error('date')}
            />
            <TextInput
              id="sourceReference"
              label={`${LABELS.sourceReference} (optional)`}
              hint="Where the entry comes from, for example Custody record 14/2231"
              defaultValue={entry?.sourceReference ?? undefined}
              error={error('sourceReference')}
            />
            <TextInput
              id="subjects"
              label={`${LABELS.subjects} (optional)`}
              hint="The pseudonyms of the people involved, separated by commas, for example MA 1, MA 2"
              width="govuk-input--width-20"
              defaultValue={entry?.subjects.join(', ')}
              error={error('subjects')}
            />
            <Textarea id="event" label={LABELS.event} defaultValue={entry?.event} error={error('event')} />
            <Textarea
              id="actionOutcome"
              label={`${LABELS.actionOutcome} (optional)`}
              defaultValue={entry?.actionOutcome ?? undefined}
              error={error('actionOutcome')}
            />
            <Textarea
              id="analysis"
              label={`${LABELS.analysis} (optional)`}
              hint="What the entry shows about your agency’s practice"
              defaultValue={entry?.analysis ?? undefined}
              error={error('analysis')}
            />
            <div className="govuk-button-group">
              <ActionButton type="submit">{entryId ? 'Save changes' : 'Add entry'}</ActionButton>
              {entryId && (
                <ActionButton variant="warning" onClick={() => void remove()}>
                  Delete entry
                </ActionButton>
              )}
            </div>
          </form>
        );
      }}
    </ImrSubPage>
  );
}

import { ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { ApiResult, newIdempotencyKey } from '../../api/problem';
import { useFetched } from '../../api/use-fetched';
import { FieldLabels } from '../../components/error-summary';
import { DateInput, TextInput } from '../../components/fields';
import { ButtonLink, Loading, PageProblem, SuccessBanner, Tag, usePageTitle } from '../../components/page';
import { useCommandForm } from '../../components/use-command-form';
import { dateValue, Radios, Textarea, textValue } from '../../components/review-fields';
import { formatDate, Review, reviewProblem, today, useReview } from './review-parts';
import { can, dateParts, FormFrame, NOT_ALLOWED, versionTag } from './review-record-parts';

type Process = Schemas['ParallelProcessResponse'];
type Kind = Schemas['ParallelProcessRequest']['kind'];

const KIND_LABELS: Record<Kind, string> = {
  criminal_proceedings: 'Criminal proceedings',
  inquest: 'Inquest',
  police_conduct_investigation: 'Police-conduct investigation',
  safeguarding_adults_review: 'Safeguarding adults review (joint)',
  child_safeguarding_practice_review: 'Child safeguarding practice review (joint)',
  mental_health_homicide_review: 'Mental health homicide review (joint)',
  other: 'Other',
};

function useProcesses(reviewId: string) {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/reviews/{reviewId}/parallel-processes', {
      params: { path: { reviewId } },
    });
    return { ...result, data: result.data?.items };
  }, [reviewId]);
}

/** Criminal proceedings, inquests, investigations and joint reviews running alongside the review. */
export function ParallelProcessesPage() {
  const reviewId = useParams().reviewId ?? '';
  const review = useReview(reviewId);
  const processes = useProcesses(reviewId);
  usePageTitle('Parallel processes');

  const problem = review.problem ?? processes.problem;
  if (problem) return <PageProblem problem={problem} />;
  if (!review.data || !processes.data) return <Loading />;
  const current = review.data;
  const canWork = can(current, 'work');
  const base = `/reviews/${reviewId}/parallel-processes`;

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Link to={`/reviews/${reviewId}`} className="govuk-back-link">
            Back to {current.reference}
          </Link>
          <SuccessBanner />
          <span className="govuk-caption-l">{current.reference}</span>
          <h1 className="govuk-heading-l">Parallel processes</h1>
          <p className="govuk-body">
            The review is published only once every criminal proceeding has concluded.
          </p>
        </div>
      </div>
      {processes.data.length === 0 ? (
        <p className="govuk-body">No parallel processes have been recorded.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Parallel processes</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {[
                'Kind',
                'Reference',
                'Status',
                'Next hearing',
                'Concluded',
                ...(canWork ? ['Actions'] : []),
              ].map((name) => (
                <th key={name} scope="col" className="govuk-table__header">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {processes.data.map((process) => {
              const ongoing = process.status === 'ongoing';
              return (
                <tr key={process.id} className="govuk-table__row">
                  <td className="govuk-table__cell">{process.kindLabel}</td>
                  <td className="govuk-table__cell">{process.reference ?? 'None'}</td>
                  <td className="govuk-table__cell">
                    {ongoing ? <Tag colour="blue">Ongoing</Tag> : <Tag colour="green">Concluded</Tag>}
                  </td>
                  <td className="govuk-table__cell">
                    {process.nextHearingOn ? formatDate(process.nextHearingOn) : 'None set'}
                  </td>
                  <td className="govuk-table__cell">
                    {ongoing ? 'Not yet' : `${formatDate(process.concludedOn)}: ${process.outcome ?? ''}`}
                  </td>
                  {canWork && (
                    <td className="govuk-table__cell">
                      {ongoing && (
                        <ul className="govuk-list">
                          <li>
                            <Link className="govuk-link" to={`${base}/${process.id}/hearing`}>
                              Update next hearing
                              <span className="govuk-visually-hidden"> of {process.kindLabel}</span>
                            </Link>
                          </li>
                          <li>
                            <Link className="govuk-link" to={`${base}/${process.id}/conclusion`}>
                              Record conclusion
                              <span className="govuk-visually-hidden"> of {process.kindLabel}</span>
                            </Link>
                          </li>
                        </ul>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {canWork && <ButtonLink to={`${base}/new`}>Add a parallel process</ButtonLink>}
    </>
  );
}

interface ProcessFormProps {
  title: string;
  button: string;
  success: string;
  labels: FieldLabels;
  messages?: Record<string, string>;
  /** the process the form changes; none when adding one */
  needsProcess: boolean;
  send(review: Review, process: Process | undefined, form: FormData): Promise<ApiResult<Process>>;
  fields(process: Process | undefined, error: (field: string) => string | undefined): ReactNode;
}

/** A form about one parallel process (or a new one); on success, back to the list with a banner. */
function ProcessFormPage(props: ProcessFormProps) {
  const { reviewId = '', processId = '' } = useParams();
  const review = useReview(reviewId);
  const processes = useProcesses(reviewId);
  const list = `/reviews/${reviewId}/parallel-processes`;
  const form = useCommandForm({
    title: props.title,
    labels: props.labels,
    success: props.success,
    returnTo: list,
    problemOf: (result) => reviewProblem(result, props.messages),
  });

  const failed = review.problem ?? processes.problem;
  if (failed) return <PageProblem problem={failed} />;
  if (!review.data || !processes.data) return <Loading />;
  const current = review.data;
  if (!can(current, 'work')) return <PageProblem problem={NOT_ALLOWED} />;
  const process = processes.data.find((p) => p.id === processId);
  if (props.needsProcess && !process) {
    return <PageProblem problem={{ status: 404, code: 'not_found', detail: '' }} />;
  }

  return (
    <FormFrame
      back={{ to: list, text: 'Back to parallel processes' }}
      caption={process ? `${current.reference}: ${process.kindLabel}` : current.reference}
      title={props.title}
      problem={form.problem}
      labels={props.labels}
      stale={form.stale('this process', processes)}
      formKey={String(process?.version ?? 'new')}
      onSubmit={form.onSubmit((data) => props.send(current, process, data))}
      button={props.button}
    >
      {props.fields(process, form.error)}
    </FormFrame>
  );
}

const ADD_LABELS = {
  kind: 'Kind of process',
  reference: 'Reference',
  nextHearingOn: 'Date of the next hearing',
  notes: 'Notes',
};

export function ParallelProcessNewPage() {
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  return (
    <ProcessFormPage
      title="Add a parallel process"
      button="Add process"
      success="The parallel process has been added."
      labels={ADD_LABELS}
      messages={{ kind: 'Select the kind of process' }}
      needsProcess={false}
      send={async (review, _, form) => {
        const result = await api.POST('/api/v1/reviews/{reviewId}/parallel-processes', {
          params: { path: { reviewId: review.id } },
          headers: { 'idempotency-key': idempotencyKey },
          body: {
            kind: String(form.get('kind') ?? '') as Kind,
            reference: textValue(form, 'reference'),
            nextHearingOn: dateValue(form, 'nextHearingOn'),
            notes: textValue(form, 'notes'),
          },
        });
        if (!result.data) setIdempotencyKey(newIdempotencyKey());
        return result;
      }}
      fields={(_, error) => (
        <>
          <Radios
            id="kind"
            label={ADD_LABELS.kind}
            legendSize="m"
            options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
            error={error('kind')}
          />
          <TextInput
            id="reference"
            label="Reference (optional)"
            hint="For example, Sheffield Crown Court T20267001, or the linked review’s reference"
            error={error('reference')}
          />
          <DateInput
            id="nextHearingOn"
            label="Date of the next hearing (optional)"
            hint="This can be in the future"
            error={error('nextHearingOn')}
          />
          <Textarea id="notes" label="Notes (optional)" rows={3} error={error('notes')} />
        </>
      )}
    />
  );
}

export function ParallelProcessHearingPage() {
  const labels = { nextHearingOn: 'Date of the next hearing' };
  return (
    <ProcessFormPage
      title="Update the next hearing"
      button="Save next hearing"
      success="The next hearing has been updated."
      labels={labels}
      needsProcess
      send={(review, process, form) =>
        api.PATCH('/api/v1/reviews/{reviewId}/parallel-processes/{processId}', {
          params: { path: { reviewId: review.id, processId: process?.id ?? '' } },
          headers: { 'if-match': versionTag(process?.version ?? 0) },
          body: { nextHearingOn: dateValue(form, 'nextHearingOn') },
        })
      }
      fields={(process, error) => (
        <DateInput
          id="nextHearingOn"
          label={labels.nextHearingOn}
          hint="This can be in the future. Leave it empty if no hearing is set."
          defaultValue={dateParts(process?.nextHearingOn)}
          error={error('nextHearingOn')}
        />
      )}
    />
  );
}

export function ParallelProcessConclusionPage() {
  const labels = { concludedOn: 'Date concluded', outcome: 'Outcome' };
  return (
    <ProcessFormPage
      title="Record the conclusion"
      button="Record conclusion"
      success="The conclusion has been recorded."
      labels={labels}
      needsProcess
      send={(review, process, form) =>
        api.POST('/api/v1/reviews/{reviewId}/parallel-processes/{processId}/conclusion', {
          params: { path: { reviewId: review.id, processId: process?.id ?? '' } },
          headers: { 'if-match': versionTag(process?.version ?? 0) },
          body: {
            concludedOn: dateValue(form, 'concludedOn') ?? '',
            outcome: String(form.get('outcome') ?? ''),
          },
        })
      }
      fields={(_, error) => (
        <>
          <DateInput
            id="concludedOn"
            label={labels.concludedOn}
            defaultValue={today()}
            error={error('concludedOn')}
          />
          <Textarea
            id="outcome"
            label={labels.outcome}
            hint="For example, MA 2 convicted of murder; life imprisonment, minimum term 18 years"
            error={error('outcome')}
          />
        </>
      )}
    />
  );
}

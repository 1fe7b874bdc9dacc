import { FileUpload, fileValue } from '../../components/file-upload';
import { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { FieldProblem, formProblem, toProblem } from '../../api/problem';
import { FieldLabels } from '../../components/error-summary';
import { DateInput, Select } from '../../components/fields';
import { Loading, PageProblem } from '../../components/page';
import { CommandOutcome, isProblem, useCommandForm } from '../../components/use-command-form';
import { dateValue, Fieldset, Radios } from '../../components/review-fields';
import { Review, reviewProblem, today, useReview } from './review-parts';
import {
  can,
  FormFrame,
  NOT_ALLOWED,
  ReviewDocument,
  uploadReviewDocument,
  useReviewDocuments,
  versionTag,
  WarningText,
} from './review-record-parts';
import { Submission, SUBMISSION_PARTS, SubmissionPart, useSubmissions } from './submissions-page';

interface Context {
  review: Review;
  /** the review's version, for the commands that move the review itself */
  reviewEtag: string;
  submission: Submission;
  documents: ReviewDocument[];
}

interface Props {
  title: string;
  button: string;
  success: string;
  labels: FieldLabels;
  messages?: Record<string, string>;
  /** the latest version, before it is sent (preparing it, sending it) or after (its QA outcome) */
  stage: 'unsent' | 'sent';
  /** whose version a stale 412 concerns */
  stale: 'submission' | 'review';
  intro?(context: Context): ReactNode;
  /** a problem of its own (an upload refused), or the api's answer */
  send(context: Context, form: FormData): Promise<CommandOutcome>;
  fields(context: Context, error: (field: string) => string | undefined): ReactNode;
}

/** A form about the latest submission version; on success, back to the submissions with a banner. */
function SubmissionFormPage(props: Props) {
  const reviewId = useParams().reviewId ?? '';
  const review = useReview(reviewId);
  const submissions = useSubmissions(reviewId);
  const documents = useReviewDocuments(reviewId);
  const list = `/reviews/${reviewId}/submissions`;
  const form = useCommandForm({
    title: props.title,
    labels: props.labels,
    success: props.success,
    returnTo: list,
    problemOf: (result) => reviewProblem(result, props.messages),
  });

  const failed = review.problem ?? submissions.problem ?? documents.problem;
  if (failed) return <PageProblem problem={failed} />;
  if (!review.data || !submissions.data || !documents.data) return <Loading />;
  if (!can(review.data, 'administer')) return <PageProblem problem={NOT_ALLOWED} />;
  const [latest] = submissions.data;
  const waiting = props.stage === 'unsent' ? latest && !latest.sentOn : latest && latest.sentOn && !latest.qa;
  if (!latest || !waiting) {
    const detail =
      props.stage === 'unsent'
        ? 'There is no version waiting to be sent: start a new version first.'
        : 'There is no version sent and awaiting the Home Office’s outcome.';
    return <PageProblem problem={{ status: 404, code: 'not_found', detail }} />;
  }
  const context: Context = {
    review: review.data,
    reviewEtag: review.etag,
    submission: latest,
    documents: documents.data,
  };

  const send = async (data: FormData) => {
    const outcome = await props.send(context, data);
    // a refused upload may follow others that were attached: show them among the documents to choose
    if (isProblem(outcome)) documents.reload();
    return outcome;
  };

  return (
    <FormFrame
      back={{ to: list, text: 'Back to submissions' }}
      caption={`${review.data.reference}: version ${latest.versionNumber}`}
      title={props.title}
      problem={form.problem}
      labels={props.labels}
      stale={
        props.stale === 'submission'
          ? form.stale('this version', submissions)
          : form.stale('this review', review)
      }
      formKey={`${latest.version}-${review.etag}-${documents.data.length}`}
      onSubmit={form.onSubmit(send)}
      button={props.button}
      intro={props.intro?.(context)}
    >
      {props.fields(context, form.error)}
    </FormFrame>
  );
}

const documentOptions = (documents: ReviewDocument[]) => [
  { value: '', label: 'Choose a document' },
  ...documents.map((document) => ({ value: document.id, label: document.filename })),
];

/**
 * Each file chosen, attached to the review: the ids by field, or the problems of those refused (named by
 * the file input, so the error summary links to it).
 */
async function uploadAll(
  reviewId: string,
  files: [field: string, file: File | null][],
): Promise<{ ids: Record<string, string>; problems: FieldProblem[] }> {
  const ids: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  for (const [field, file] of files) {
    if (!file) continue;
    const result = await uploadReviewDocument(reviewId, file);
    if (result.data) ids[field] = result.data.id;
    else {
      const problem = toProblem(result);
      const messages = problem.errors?.map((e) => e.message) ?? [problem.detail];
      problems.push({ field: `${field}File`, message: `${file.name}: ${messages.join('. ')}` });
    }
  }
  return { ids, problems };
}

const PART_LABELS: FieldLabels = Object.fromEntries(
  SUBMISSION_PARTS.flatMap(([part, label]) => [
    [part, label],
    [`${part}File`, `${label} file`],
  ]),
);

export function SubmissionDocumentsPage() {
  return (
    <SubmissionFormPage
      title="Attach the documents"
      button="Save documents"
      success="The documents have been saved."
      labels={PART_LABELS}
      stage="unsent"
      stale="submission"
      intro={() => (
        <p className="govuk-body">
          For each part, choose a document already attached to the review, or upload a new one. Changing a
          part means the anonymisation check must be recorded again.
        </p>
      )}
      send={async ({ review, submission }, form) => {
        const { ids, problems } = await uploadAll(
          review.id,
          SUBMISSION_PARTS.map(([part]) => [part, fileValue(form, `${part}File`)]),
        );
        if (problems.length > 0) {
          return formProblem(problems);
        }
        const parts = Object.fromEntries(
          SUBMISSION_PARTS.map(([part]) => [part, ids[part] ?? (String(form.get(part) ?? '') || null)]),
        ) as Record<SubmissionPart, string | null>;
        return api.PATCH('/api/v1/reviews/{reviewId}/submissions/{submissionId}/documents', {
          params: { path: { reviewId: review.id, submissionId: submission.id } },
          headers: { 'if-match': versionTag(submission.version) },
          body: parts,
        });
      }}
      fields={({ submission, documents }, error) =>
        SUBMISSION_PARTS.map(([part, label]) => (
          <Fieldset key={part} legend={label}>
            <Select
              id={part}
              label="Choose a document attached to the review"
              options={documentOptions(documents)}
              defaultValue={submission.documents[part] ?? ''}
              error={error(part)}
            />
            <FileUpload
              id={`${part}File`}
              label="Or upload a file"
              hint="PDF, Word (DOCX) or OpenDocument (ODT)"
              error={error(`${part}File`)}
            />
          </Fieldset>
        ))
      }
    />
  );
}

export function AnonymisationCheckPage() {
  return (
    <SubmissionFormPage
      title="Record the anonymisation check"
      button="Confirm the anonymisation check"
      success="The anonymisation check has been recorded."
      labels={{}}
      stage="unsent"
      stale="submission"
      intro={() => (
        <>
          <p className="govuk-body">
            Read each part of this version: the overview report, the executive summary, the action plan and
            the CSP sign-off letter.
          </p>
          <WarningText>
            By confirming, you record that no real identity of a subject (a name, date of birth, address or
            other identifying detail of the person who died, the perpetrator or anyone else in the review)
            appears in any part. Only their pseudonyms may appear. Your name and the time are recorded.
          </WarningText>
        </>
      )}
      send={({ review, submission }) =>
        api.POST('/api/v1/reviews/{reviewId}/submissions/{submissionId}/anonymisation-check', {
          params: { path: { reviewId: review.id, submissionId: submission.id } },
          headers: { 'if-match': versionTag(submission.version) },
        })
      }
      fields={() => null}
    />
  );
}

export function SendSubmissionPage() {
  const labels = { sentOn: 'Date sent' };
  return (
    <SubmissionFormPage
      title="Send to the Home Office"
      button="Record as sent"
      success="The submission has been sent to the Home Office."
      labels={labels}
      stage="unsent"
      stale="review"
      intro={() => (
        <p className="govuk-body">
          Record the date this version was sent to the Home Office’s quality assurance panel. A sent version
          does not change.
        </p>
      )}
      send={({ review, reviewEtag, submission }, form) =>
        api.POST('/api/v1/reviews/{reviewId}/submissions/{submissionId}/send', {
          params: { path: { reviewId: review.id, submissionId: submission.id } },
          headers: { 'if-match': reviewEtag },
          body: { sentOn: dateValue(form, 'sentOn') ?? '' },
        })
      }
      fields={(_, error) => (
        <DateInput id="sentOn" label={labels.sentOn} defaultValue={today()} error={error('sentOn')} />
      )}
    />
  );
}

const QA_LABELS = {
  outcome: 'Outcome',
  outcomeOn: 'Date of the letter',
  letterDocumentId: 'QA letter',
  letterDocumentIdFile: 'QA letter file',
};

export function QaOutcomePage() {
  const [search] = useSearchParams();
  const chosen = search.get('outcome') ?? undefined;
  return (
    <SubmissionFormPage
      title="Record the Home Office QA outcome"
      button="Record outcome"
      success="The Home Office QA outcome has been recorded."
      labels={QA_LABELS}
      messages={{
        outcome: 'Select whether the review was cleared or must be resubmitted',
        letterDocumentId: 'Choose or upload the QA panel’s letter',
      }}
      stage="sent"
      stale="review"
      send={async ({ review, reviewEtag, submission }, form) => {
        const { ids, problems } = await uploadAll(review.id, [
          ['letterDocumentId', fileValue(form, 'letterDocumentIdFile')],
        ]);
        if (problems.length > 0) {
          return formProblem(problems);
        }
        return api.POST('/api/v1/reviews/{reviewId}/submissions/{submissionId}/qa-outcome', {
          params: { path: { reviewId: review.id, submissionId: submission.id } },
          headers: { 'if-match': reviewEtag },
          body: {
            outcome: String(form.get('outcome') ?? '') as Schemas['QaOutcomeRequest']['outcome'],
            outcomeOn: dateValue(form, 'outcomeOn') ?? '',
            letterDocumentId: ids.letterDocumentId ?? String(form.get('letterDocumentId') ?? ''),
          },
        });
      }}
      fields={({ documents }, error) => (
        <>
          <Radios
            id="outcome"
            label="What did the quality assurance panel decide?"
            legendSize="m"
            defaultValue={chosen}
            options={[
              { value: 'cleared', label: 'Cleared for publication' },
              {
                value: 'resubmit',
                label: 'Resubmit',
                hint: 'The review returns to drafting, and needs a new sign-off and version.',
              },
            ]}
            error={error('outcome')}
          />
          <DateInput
            id="outcomeOn"
            label={QA_LABELS.outcomeOn}
            defaultValue={today()}
            error={error('outcomeOn')}
          />
          <Fieldset legend={QA_LABELS.letterDocumentId}>
            <Select
              id="letterDocumentId"
              label="Choose a document attached to the review"
              options={documentOptions(documents)}
              error={error('letterDocumentId')}
            />
            <FileUpload
              id="letterDocumentIdFile"
              label="Or upload the letter"
              error={error('letterDocumentIdFile')}
            />
          </Fieldset>
        </>
      )}
    />
  );
}

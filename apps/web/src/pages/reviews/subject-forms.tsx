import { useState } from 'react';
import { useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { newIdempotencyKey, Problem } from '../../api/problem';
import { DateInput, Select, TextInput } from '../../components/fields';
import { ActionButton } from '../../components/page';
import { useCommand } from '../../components/use-command-form';
import { dateValue, Radios, Textarea, textValue } from '../../components/review-fields';
import { ReviewSubPage } from './panel-parts';
import { versionTag } from './review-record-parts';
import { AGE_BANDS, reviewProblem } from './review-parts';
import { Subject, SUBJECT_ROLE_LABELS, useSubjects } from './subjects-page';

type SubjectBody = Schemas['SubjectRequest'];
type IdentityBody = Schemas['SubjectIdentityRequest'];

const SUBJECT_LABELS = {
  pseudonym: 'Pseudonym',
  role: 'Role in the review',
  sex: 'Sex',
  ethnicity: 'Ethnicity',
  ageBand: 'Age band',
  relationshipToVictim: 'Relationship to the victim',
};

const IDENTITY_LABELS = {
  fullName: 'Full name',
  otherNames: 'Other names',
  dateOfBirth: 'Date of birth',
  address: 'Address',
};

const BACK = { to: '/subjects', label: 'Back to the subjects' };

/** A pseudonym already used on the review is the pseudonym field's problem. */
function subjectProblem(result: { error?: unknown; response: Response }, body: SubjectBody): Problem {
  const problem = reviewProblem(result, {
    role: 'Select the subject’s role in the review',
    ...(!body.pseudonym && { pseudonym: 'Enter a pseudonym, for example MA 1' }),
  });
  return problem.code === 'pseudonym_taken'
    ? { ...problem, errors: [{ field: 'pseudonym', message: problem.detail }] }
    : problem;
}

function subjectFrom(form: FormData): SubjectBody {
  return {
    pseudonym: String(form.get('pseudonym') ?? '').trim(),
    role: String(form.get('role') ?? '') as SubjectBody['role'],
    sex: textValue(form, 'sex'),
    ethnicity: textValue(form, 'ethnicity'),
    ageBand: textValue(form, 'ageBand') as SubjectBody['ageBand'],
    relationshipToVictim: textValue(form, 'relationshipToVictim'),
  };
}

function SubjectFields({
  subject,
  error,
}: {
  subject?: Subject;
  error: (field: string) => string | undefined;
}) {
  return (
    <>
      <TextInput
        id="pseudonym"
        label={SUBJECT_LABELS.pseudonym}
        hint="The name the review uses, for example MA 1. Do not enter their real name."
        width="govuk-input--width-10"
        defaultValue={subject?.pseudonym}
        error={error('pseudonym')}
      />
      <Radios
        id="role"
        label={SUBJECT_LABELS.role}
        defaultValue={subject?.role}
        options={Object.entries(SUBJECT_ROLE_LABELS).map(([value, label]) => ({ value, label }))}
        error={error('role')}
      />
      <TextInput
        id="sex"
        label="Sex (optional)"
        width="govuk-input--width-10"
        defaultValue={subject?.sex ?? undefined}
        error={error('sex')}
      />
      <TextInput
        id="ethnicity"
        label="Ethnicity (optional)"
        hint="For example, White British"
        width="govuk-input--width-20"
        defaultValue={subject?.ethnicity ?? undefined}
        error={error('ethnicity')}
      />
      <Select
        id="ageBand"
        label="Age band (optional)"
        defaultValue={subject?.ageBand ?? ''}
        options={[
          { value: '', label: 'Not known' },
          ...AGE_BANDS.map((band) => ({ value: band, label: band })),
        ]}
        error={error('ageBand')}
      />
      <TextInput
        id="relationshipToVictim"
        label="Relationship to the victim (optional)"
        hint="For example, partner, son, neighbour. Leave empty for the victim."
        width="govuk-input--width-20"
        defaultValue={subject?.relationshipToVictim ?? undefined}
        error={error('relationshipToVictim')}
      />
    </>
  );
}

/** Adds a subject by pseudonym; a real identity, if known, is recorded afterwards by those allowed to. */
export function SubjectNewPage() {
  const reviewId = useParams().reviewId ?? '';
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useCommand<Subject>({
    labels: SUBJECT_LABELS,
    success: (subject) => `${subject.pseudonym} has been added.`,
    returnTo: `/reviews/${reviewId}/subjects`,
    problemOf: (result, data) => subjectProblem(result, subjectFrom(data)),
  });

  const send = (data: FormData) =>
    api.POST('/api/v1/reviews/{reviewId}/subjects', {
      params: { path: { reviewId } },
      headers: { 'idempotency-key': idempotencyKey },
      body: subjectFrom(data),
    });

  return (
    <ReviewSubPage
      title="Add a subject"
      capability="administer"
      back={BACK}
      problem={form.problem}
      labels={SUBJECT_LABELS}
    >
      {() => (
        <form onSubmit={form.onSubmit(send)} noValidate>
          <SubjectFields error={form.error} />
          <ActionButton type="submit">Add subject</ActionButton>
        </form>
      )}
    </ReviewSubPage>
  );
}

function useSubject(reviewId: string, subjectId: string) {
  const subjects = useSubjects(reviewId);
  const subject = subjects.data?.find((s) => s.id === subjectId);
  const notFound: Problem | undefined =
    subjects.data && !subject
      ? { status: 404, code: 'not_found', detail: 'Subject was not found.' }
      : undefined;
  return { subjects, subject, loading: { problem: subjects.problem ?? notFound, ready: !!subject } };
}

/** Changes a subject's pseudonym and attributes, under If-Match with the subject's version. */
export function SubjectEditPage() {
  const { reviewId = '', subjectId = '' } = useParams();
  const { subjects, subject, loading } = useSubject(reviewId, subjectId);
  const form = useCommand<Subject>({
    labels: SUBJECT_LABELS,
    success: (changed) => `${changed.pseudonym}’s details have been changed.`,
    returnTo: `/reviews/${reviewId}/subjects`,
    problemOf: (result, data) => subjectProblem(result, subjectFrom(data)),
  });

  const send = (current: Subject, data: FormData) =>
    api.PATCH('/api/v1/reviews/{reviewId}/subjects/{subjectId}', {
      params: { path: { reviewId, subjectId } },
      headers: { 'if-match': versionTag(current.version) },
      body: subjectFrom(data),
    });

  return (
    <ReviewSubPage
      title={subject ? `Change ${subject.pseudonym}’s details` : 'Change a subject'}
      capability="administer"
      back={BACK}
      loading={loading}
      problem={form.problem}
      labels={SUBJECT_LABELS}
      stale={form.stale('this subject', subjects)}
    >
      {() =>
        // called only once the subject is read (ready)
        subject && (
          <form key={subject.version} onSubmit={form.onSubmit((data) => send(subject, data))} noValidate>
            <SubjectFields subject={subject} error={form.error} />
            <ActionButton type="submit">Save changes</ActionButton>
          </form>
        )
      }
    </ReviewSubPage>
  );
}

function identityFrom(form: FormData): IdentityBody {
  return {
    fullName: String(form.get('fullName') ?? '').trim(),
    otherNames: textValue(form, 'otherNames'),
    dateOfBirth: dateValue(form, 'dateOfBirth'),
    address: textValue(form, 'address'),
  };
}

/**
 * Records a subject's real identity, or replaces it. The form starts empty: showing the identity held would
 * be a reading of it, and readings are only made on purpose, from the subjects page.
 */
export function SubjectIdentityPage() {
  const { reviewId = '', subjectId = '' } = useParams();
  const { subject, loading } = useSubject(reviewId, subjectId);
  const form = useCommand({
    labels: IDENTITY_LABELS,
    // the form shows only once the subject is read
    success: `The real identity of ${subject?.pseudonym ?? ''} has been recorded.`,
    returnTo: `/reviews/${reviewId}/subjects`,
    problemOf: (result, data) =>
      reviewProblem(result, {
        ...(!identityFrom(data).fullName && { fullName: 'Enter the full name' }),
        dateOfBirth: 'Date of birth must be a real date',
      }),
  });
  const replacing = subject?.identityRecorded ?? false;

  // the api answers 204, with no body: the answer’s status says it was done
  const send = (data: FormData) =>
    api.PUT('/api/v1/reviews/{reviewId}/subjects/{subjectId}/identity', {
      params: { path: { reviewId, subjectId } },
      body: identityFrom(data),
    });

  const title = subject
    ? `${replacing ? 'Replace' : 'Record'} the real identity of ${subject.pseudonym}`
    : 'Record a real identity';
  return (
    <ReviewSubPage
      title={title}
      capability="view_identities"
      back={BACK}
      loading={loading}
      problem={form.problem}
      labels={IDENTITY_LABELS}
    >
      {() => (
        <>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {replacing
                ? 'This replaces the identity already recorded. '
                : 'The identity is kept sealed and shown only to those allowed to see it. '}
              Everywhere else the subject is known as {subject?.pseudonym}.
            </strong>
          </div>
          <form onSubmit={form.onSubmit(send)} noValidate>
            <TextInput
              id="fullName"
              label={IDENTITY_LABELS.fullName}
              hint="As on the death certificate or other official record"
              error={form.error('fullName')}
            />
            <TextInput
              id="otherNames"
              label="Other names (optional)"
              hint="Previous names and names they were known by"
              error={form.error('otherNames')}
            />
            <DateInput
              id="dateOfBirth"
              label="Date of birth (optional)"
              hint="For example, 27 3 1980"
              error={form.error('dateOfBirth')}
            />
            <Textarea id="address" label="Address (optional)" rows={4} error={form.error('address')} />
            <ActionButton type="submit">
              {replacing ? 'Replace real identity' : 'Record real identity'}
            </ActionButton>
          </form>
        </>
      )}
    </ReviewSubPage>
  );
}

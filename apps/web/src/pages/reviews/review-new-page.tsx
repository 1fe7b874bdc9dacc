import { useState } from 'react';
import { api, Schemas } from '../../api/client';
import { newIdempotencyKey, Problem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { ErrorSummary } from '../../components/error-summary';
import { DateInput, Select, TextInput } from '../../components/fields';
import { dateValue, Fieldset, Radios, Textarea, textValue } from '../../components/review-fields';
import { ActionButton, BackLink, Loading } from '../../components/page';
import { useCommandForm } from '../../components/use-command-form';
import { AGE_BANDS, RELATIONSHIP_LABELS, Review, REVIEW_TYPE_LABELS, reviewProblem } from './review-parts';

type Notification = Schemas['CreateNotificationRequest'];
type Subject = Schemas['SubjectRequest'];

const SUBJECT_FIELDS = { pseudonym: 'pseudonym', sex: 'sex', ethnicity: 'ethnicity', ageBand: 'age band' };
const PEOPLE = [
  { prefix: 'victim', role: 'victim', who: 'The person who died' },
  { prefix: 'perpetrator', role: 'perpetrator', who: 'The person suspected' },
] as const;

const subjectLabels = Object.fromEntries(
  PEOPLE.flatMap(({ prefix, who }) =>
    Object.entries(SUBJECT_FIELDS).map(([field, words]) => [
      `${prefix}${field[0]?.toUpperCase()}${field.slice(1)}`,
      `${who}: ${words}`,
    ]),
  ),
);

export const NOTIFICATION_LABELS: Record<string, string> = {
  reviewType: 'Type of review',
  notifiedOn: 'Date notified',
  notifiedBy: 'Who notified the partnership',
  notifyingAgencyId: 'Notifying agency',
  policeForce: 'Police force',
  dateOfDeath: 'Date of death',
  relationship: 'Relationship',
  suspectedSuicide: 'Suspected suicide',
  circumstances: 'Circumstances',
  ...subjectLabels,
};

/** Radios not chosen: the api's "must be one of" becomes what GOV.UK asks for. */
const CHOOSE: Record<string, string> = {
  reviewType: 'Select the type of review',
  relationship: 'Select the relationship between the person who died and the person suspected',
  suspectedSuicide: 'Select whether the death is a suspected suicide',
};

function subjectFrom(form: FormData, prefix: string, role: Subject['role']): Subject | null {
  const value = (field: string) => textValue(form, `${prefix}${field}`);
  const subject: Subject = {
    role,
    pseudonym: value('Pseudonym') ?? '',
    sex: value('Sex'),
    ethnicity: value('Ethnicity'),
    ageBand: value('AgeBand') as Subject['ageBand'],
  };
  const empty = !subject.pseudonym && !subject.sex && !subject.ethnicity && !subject.ageBand;
  return role !== 'victim' && empty ? null : subject;
}

/** subjects.0.pseudonym → victimPseudonym, with the label in the message ("The person who died: pseudonym ..."). */
function subjectErrors(problem: Problem, sent: Subject[]): Problem {
  const errors = problem.errors?.map((error) => {
    const match = /^subjects\.(\d+)\.(\w+)$/.exec(error.field);
    if (!match) return error;
    const role = sent[Number(match[1])]?.role;
    const person = PEOPLE.find((p) => p.role === role);
    const field = match[2] ?? '';
    if (!person) return error;
    const id = `${person.prefix}${field[0]?.toUpperCase()}${field.slice(1)}`;
    const label = NOTIFICATION_LABELS[id];
    const message =
      label && error.message.startsWith(`${field} `)
        ? `${label}${error.message.slice(field.length)}`
        : error.message;
    return { field: id, message };
  });
  return { ...problem, errors };
}

/** The subjects entered: the person who died always; the person suspected if anything was entered. */
const subjectsFrom = (form: FormData) =>
  PEOPLE.map((p) => subjectFrom(form, p.prefix, p.role)).filter((s): s is Subject => s !== null);

export function ReviewNewPage() {
  const agencies = useAgencies(false);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useCommandForm<Review>({
    title: 'Record a notification',
    labels: NOTIFICATION_LABELS,
    success: (review) => `${review.reference} has been recorded.`,
    returnTo: (review) => `/reviews/${review.id}`,
    problemOf: (result, data) => {
      // an empty date is a missing answer, not a malformed one
      const messages = dateValue(data, 'notifiedOn')
        ? CHOOSE
        : { ...CHOOSE, notifiedOn: 'Enter the date the partnership was notified' };
      return subjectErrors(reviewProblem(result, messages), subjectsFrom(data));
    },
  });

  const send = (data: FormData) => {
    const suicide = data.get('suspectedSuicide');
    return api.POST('/api/v1/reviews', {
      headers: { 'idempotency-key': idempotencyKey },
      body: {
        reviewType: String(data.get('reviewType') ?? '') as Notification['reviewType'],
        notifiedOn: dateValue(data, 'notifiedOn') ?? '',
        notifiedBy: String(data.get('notifiedBy') ?? ''),
        notifyingAgencyId: textValue(data, 'notifyingAgencyId'),
        policeForce: textValue(data, 'policeForce'),
        dateOfDeath: dateValue(data, 'dateOfDeath'),
        relationship: String(data.get('relationship') ?? '') as Notification['relationship'],
        // not chosen: sent as it is, so that the api names it with every other problem
        suspectedSuicide: (suicide === null ? null : suicide === 'yes') as boolean,
        circumstances: textValue(data, 'circumstances'),
        subjects: subjectsFrom(data),
      },
    });
  };

  const subjectFields = (prefix: string, who: string, required: boolean) => (
    <Fieldset legend={required ? who : `${who} (optional)`}>
      <TextInput
        id={`${prefix}Pseudonym`}
        label="Pseudonym"
        hint="The name the review will use, for example MA 1. Do not enter their real name."
        width="govuk-input--width-10"
        error={form.error(`${prefix}Pseudonym`)}
      />
      <TextInput
        id={`${prefix}Sex`}
        label="Sex (optional)"
        width="govuk-input--width-10"
        error={form.error(`${prefix}Sex`)}
      />
      <TextInput
        id={`${prefix}Ethnicity`}
        label="Ethnicity (optional)"
        width="govuk-input--width-20"
        error={form.error(`${prefix}Ethnicity`)}
      />
      <Select
        id={`${prefix}AgeBand`}
        label="Age band (optional)"
        options={[
          { value: '', label: 'Not known' },
          ...AGE_BANDS.map((band) => ({ value: band, label: band })),
        ]}
        error={form.error(`${prefix}AgeBand`)}
      />
    </Fieldset>
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/reviews">Back to reviews</BackLink>
        <ErrorSummary problem={form.problem ?? agencies.problem} labels={NOTIFICATION_LABELS} />
        <h1 className="govuk-heading-l">Record a notification</h1>
        <p className="govuk-body">
          Record a death the partnership has been told of. People are named by pseudonym only on this page.
        </p>
        {agencies.data ? (
          <form onSubmit={form.onSubmit(send)} noValidate>
            <Radios
              id="reviewType"
              label={NOTIFICATION_LABELS.reviewType ?? ''}
              options={Object.entries(REVIEW_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
              error={form.error('reviewType')}
            />
            <DateInput
              id="notifiedOn"
              label="Date the partnership was notified"
              hint="The day the partnership was told in writing, for example 27 3 2026"
              error={form.error('notifiedOn')}
            />
            <TextInput
              id="notifiedBy"
              label={NOTIFICATION_LABELS.notifiedBy ?? ''}
              hint="For example, DCI A. Example, South Yorkshire Police"
              error={form.error('notifiedBy')}
            />
            <Select
              id="notifyingAgencyId"
              label="Notifying agency (optional)"
              options={[
                { value: '', label: 'Not an agency of the partnership' },
                ...agencies.data.map((agency) => ({ value: agency.id, label: agency.name })),
              ]}
              error={form.error('notifyingAgencyId')}
            />
            <TextInput
              id="policeForce"
              label="Police force (optional)"
              width="govuk-input--width-20"
              error={form.error('policeForce')}
            />
            <DateInput id="dateOfDeath" label="Date of death (optional)" error={form.error('dateOfDeath')} />
            <Radios
              id="relationship"
              label="Relationship of the person who died to the person suspected"
              options={Object.entries(RELATIONSHIP_LABELS).map(([value, label]) => ({ value, label }))}
              error={form.error('relationship')}
            />
            <Radios
              id="suspectedSuicide"
              label="Is the death a suspected suicide?"
              inline
              options={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
              error={form.error('suspectedSuicide')}
            />
            <Textarea
              id="circumstances"
              label="Circumstances (optional)"
              hint="What is known so far. Use pseudonyms, not real names."
              error={form.error('circumstances')}
            />
            {subjectFields('victim', 'The person who died', true)}
            {subjectFields('perpetrator', 'The person suspected', false)}
            <ActionButton type="submit">Record notification</ActionButton>
          </form>
        ) : (
          !agencies.problem && <Loading />
        )}
      </div>
    </div>
  );
}

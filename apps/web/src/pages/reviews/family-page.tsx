import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { newIdempotencyKey } from '../../api/problem';
import { useFetched } from '../../api/use-fetched';
import { DateInput, TextInput } from '../../components/fields';
import { ButtonLink, Loading, PageProblem, SuccessBanner, usePageTitle } from '../../components/page';
import { useCommandForm } from '../../components/use-command-form';
import { dateValue, Radios, Textarea, textValue } from '../../components/review-fields';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { formatDate, reviewProblem, today, useReview } from './review-parts';
import { can, dateParts, FormFrame, NOT_ALLOWED } from './review-record-parts';

type ContactRequest = Schemas['FamilyContactRequest'];

const CHANNEL_LABELS: Record<ContactRequest['channel'], string> = {
  letter: 'Letter',
  email: 'Email',
  phone: 'Telephone',
  meeting: 'Meeting',
  video_call: 'Video call',
  via_liaison_officer: 'Through a family liaison officer',
  via_advocate: 'Through an advocate',
};

const OUTCOME_LABELS: Record<ContactRequest['outcome'], string> = {
  met: 'Met the chair or panel',
  contributed: 'Contributed in writing',
  informed: 'Informed or updated',
  declined: 'Declined to take part',
  no_reply: 'Did not reply',
  other: 'Other',
};

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

function useFamilyContacts(reviewId: string) {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/reviews/{reviewId}/family-contacts', {
      params: { path: { reviewId } },
    });
    return { ...result, data: result.data?.items };
  }, [reviewId]);
}

/** The log of contacts with the family and friends, in date order, and what the family has been offered. */
export function FamilyPage() {
  const reviewId = useParams().reviewId ?? '';
  const review = useReview(reviewId);
  const contacts = useFamilyContacts(reviewId);
  usePageTitle('Family and friends');

  const problem = review.problem ?? contacts.problem;
  if (problem) return <PageProblem problem={problem} />;
  if (!review.data || !contacts.data) return <Loading />;
  const current = review.data;
  const canWork = can(current, 'work');
  const log = [...contacts.data].sort(
    (a, b) => a.contactedOn.localeCompare(b.contactedOn) || a.recordedAt.localeCompare(b.recordedAt),
  );
  const base = `/reviews/${reviewId}`;

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Link to={base} className="govuk-back-link">
            Back to {current.reference}
          </Link>
          <SuccessBanner />
          <span className="govuk-caption-l">{current.reference}</span>
          <h1 className="govuk-heading-l">Family and friends</h1>
          <p className="govuk-body">
            Record every contact with the family and friends, including those nobody answered. Describe people
            by their relationship, never by name.
          </p>
        </div>
      </div>
      <h2 className="govuk-heading-m">Contacts</h2>
      {log.length === 0 ? (
        <p className="govuk-body">No contacts have been recorded yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Contacts, oldest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Person', 'Relationship', 'How', 'Date', 'Outcome', 'Notes'].map((name) => (
                <th key={name} scope="col" className="govuk-table__header">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {log.map((contact) => (
              <tr key={contact.id} className="govuk-table__row">
                <td className="govuk-table__cell">{contact.person}</td>
                <td className="govuk-table__cell">{contact.relationship}</td>
                <td className="govuk-table__cell">{contact.channelLabel}</td>
                <td className="govuk-table__cell">{formatDate(contact.contactedOn)}</td>
                <td className="govuk-table__cell">{contact.outcomeLabel}</td>
                <td className="govuk-table__cell">{contact.notes ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWork && <ButtonLink to={`${base}/family/contacts/new`}>Record a contact</ButtonLink>}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Family involvement</h2>
          <SummaryList>
            <SummaryRow label="Advocacy offered">{formatDate(current.family.advocacyOfferedOn)}</SummaryRow>
            <SummaryRow label="Draft report shared">{formatDate(current.family.draftSharedOn)}</SummaryRow>
            <SummaryRow label="Choice of pseudonym">
              {current.family.pseudonymNote ?? 'Not recorded'}
            </SummaryRow>
            <SummaryRow label="Family told the date of publication">
              {formatDate(current.publication.familyToldOn)}
            </SummaryRow>
          </SummaryList>
          {canWork && (
            <ButtonLink to={`${base}/family/involvement`} secondary>
              Update family involvement
            </ButtonLink>
          )}
        </div>
      </div>
    </>
  );
}

const CONTACT_LABELS = {
  person: 'Person contacted',
  relationship: 'Relationship to the person who died',
  channel: 'How they were contacted',
  contactedOn: 'Date of the contact',
  outcome: 'Outcome',
  notes: 'Notes',
};

/** One contact, added to the log (which is never edited). */
export function FamilyContactPage() {
  const reviewId = useParams().reviewId ?? '';
  const review = useReview(reviewId);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const family = `/reviews/${reviewId}/family`;
  const form = useCommandForm({
    title: 'Record a contact with the family',
    labels: CONTACT_LABELS,
    success: 'The contact has been recorded.',
    returnTo: family,
    problemOf: (result) =>
      reviewProblem(result, {
        channel: 'Select how they were contacted',
        outcome: 'Select the outcome of the contact',
      }),
  });

  if (review.problem) return <PageProblem problem={review.problem} />;
  if (!review.data) return <Loading />;
  const current = review.data;
  if (!can(current, 'work')) return <PageProblem problem={NOT_ALLOWED} />;

  const send = async (data: FormData) => {
    const result = await api.POST('/api/v1/reviews/{reviewId}/family-contacts', {
      params: { path: { reviewId } },
      headers: { 'idempotency-key': idempotencyKey },
      body: {
        person: String(data.get('person') ?? ''),
        relationship: String(data.get('relationship') ?? ''),
        channel: String(data.get('channel') ?? '') as ContactRequest['channel'],
        contactedOn: dateValue(data, 'contactedOn') ?? '',
        outcome: String(data.get('outcome') ?? '') as ContactRequest['outcome'],
        notes: textValue(data, 'notes'),
      },
    });
    // a refused request changed nothing: the corrected one is a new request
    if (!result.data) setIdempotencyKey(newIdempotencyKey());
    return result;
  };

  return (
    <FormFrame
      back={{ to: family, text: 'Back to family and friends' }}
      caption={current.reference}
      title="Record a contact with the family"
      problem={form.problem}
      labels={CONTACT_LABELS}
      stale={form.stale('this review', review)}
      formKey="contact"
      onSubmit={form.onSubmit(send)}
      button="Record contact"
    >
      <TextInput
        id="person"
        label={CONTACT_LABELS.person}
        hint="Describe them by their relationship, never by name, for example Mother of MA 1"
        error={form.error('person')}
      />
      <TextInput
        id="relationship"
        label={CONTACT_LABELS.relationship}
        hint="For example, mother"
        width="govuk-input--width-20"
        error={form.error('relationship')}
      />
      <Radios
        id="channel"
        label={CONTACT_LABELS.channel}
        options={options(CHANNEL_LABELS)}
        error={form.error('channel')}
      />
      <DateInput
        id="contactedOn"
        label={CONTACT_LABELS.contactedOn}
        defaultValue={today()}
        error={form.error('contactedOn')}
      />
      <Radios
        id="outcome"
        label={CONTACT_LABELS.outcome}
        hint="Record contacts nobody answered as ‘Did not reply’"
        options={options(OUTCOME_LABELS)}
        error={form.error('outcome')}
      />
      <Textarea id="notes" label="Notes (optional)" rows={3} error={form.error('notes')} />
    </FormFrame>
  );
}

const INVOLVEMENT_LABELS = {
  advocacyOfferedOn: 'Date advocacy was offered',
  draftSharedOn: 'Date the draft report was shared',
  pseudonymNote: 'Choice of pseudonym',
  familyToldPublicationOn: 'Date the family was told of publication',
};

/** What the family has been offered and told; the review is published only once they know the date. */
export function FamilyInvolvementPage() {
  const reviewId = useParams().reviewId ?? '';
  const review = useReview(reviewId);
  const family = `/reviews/${reviewId}/family`;
  const form = useCommandForm({
    title: 'Update family involvement',
    labels: INVOLVEMENT_LABELS,
    success: 'The family involvement has been updated.',
    returnTo: family,
    problemOf: (result) => reviewProblem(result),
  });

  if (review.problem) return <PageProblem problem={review.problem} />;
  if (!review.data) return <Loading />;
  const current = review.data;
  if (!can(current, 'work')) return <PageProblem problem={NOT_ALLOWED} />;

  const send = (data: FormData) =>
    api.PUT('/api/v1/reviews/{reviewId}/family', {
      params: { path: { reviewId } },
      headers: { 'if-match': review.etag },
      body: {
        advocacyOfferedOn: dateValue(data, 'advocacyOfferedOn'),
        draftSharedOn: dateValue(data, 'draftSharedOn'),
        pseudonymNote: textValue(data, 'pseudonymNote'),
        familyToldPublicationOn: dateValue(data, 'familyToldPublicationOn'),
      },
    });
  const optional = 'Leave empty if this has not happened yet';

  return (
    <FormFrame
      back={{ to: family, text: 'Back to family and friends' }}
      caption={current.reference}
      title="Update family involvement"
      problem={form.problem}
      labels={INVOLVEMENT_LABELS}
      stale={form.stale('this review', review)}
      formKey={review.etag}
      onSubmit={form.onSubmit(send)}
      button="Save family involvement"
    >
      <DateInput
        id="advocacyOfferedOn"
        label={INVOLVEMENT_LABELS.advocacyOfferedOn}
        hint={`The offer of specialist advocacy. ${optional}`}
        defaultValue={dateParts(current.family.advocacyOfferedOn)}
        error={form.error('advocacyOfferedOn')}
      />
      <DateInput
        id="draftSharedOn"
        label={INVOLVEMENT_LABELS.draftSharedOn}
        hint={optional}
        defaultValue={dateParts(current.family.draftSharedOn)}
        error={form.error('draftSharedOn')}
      />
      <Textarea
        id="pseudonymNote"
        label={INVOLVEMENT_LABELS.pseudonymNote}
        hint="Whether the family chose the pseudonym used for the person who died, or why not"
        rows={3}
        defaultValue={current.family.pseudonymNote ?? undefined}
        error={form.error('pseudonymNote')}
      />
      <DateInput
        id="familyToldPublicationOn"
        label={INVOLVEMENT_LABELS.familyToldPublicationOn}
        hint={`The review is published only after the family has been told the date. ${optional}`}
        defaultValue={dateParts(current.publication.familyToldOn)}
        error={form.error('familyToldPublicationOn')}
      />
    </FormFrame>
  );
}

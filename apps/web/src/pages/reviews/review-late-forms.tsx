import { api, Schemas } from '../../api/client';
import { DateInput, TextInput } from '../../components/fields';
import { dateValue, Radios, Textarea, textValue } from '../../components/review-fields';
import { ReviewCommandPage } from './review-command-page';
import { today } from './review-parts';
import { dateParts } from './review-record-parts';

type BreachReason = Schemas['BreachReasonRequest']['reason'];

export const BREACH_REASON_LABELS: Record<BreachReason, string> = {
  criminal_proceedings: 'Criminal proceedings',
  inquest: 'Inquest',
  volume_of_information: 'Volume of information',
  agency_delay: 'Delay by an agency',
  family_engagement: 'Family engagement',
  chair_availability: 'Availability of the chair',
  other: 'Other',
};

export function SignOffPage() {
  const labels = { signedOffOn: 'Date signed off', signedOffBy: 'Signed off by' };
  return (
    <ReviewCommandPage
      title="Record the CSP sign-off"
      capability="sign_off"
      labels={labels}
      button="Record sign-off"
      success="The CSP sign-off has been recorded."
      send={(request, form) =>
        api.POST('/api/v1/reviews/{reviewId}/sign-off', {
          ...request,
          body: {
            signedOffOn: dateValue(form, 'signedOffOn') ?? '',
            signedOffBy: String(form.get('signedOffBy') ?? ''),
          },
        })
      }
      fields={(_, error) => (
        <>
          <DateInput
            id="signedOffOn"
            label={labels.signedOffOn}
            defaultValue={today()}
            error={error('signedOffOn')}
          />
          <TextInput
            id="signedOffBy"
            label={labels.signedOffBy}
            hint="Their role, for example Chair, Safer Rotherham Partnership Board"
            error={error('signedOffBy')}
          />
        </>
      )}
    />
  );
}

export function BreachReasonPage() {
  const labels = { reason: 'Reason', note: 'What happened in this review' };
  return (
    <ReviewCommandPage
      title="Explain why the completion date was missed"
      capability="work"
      labels={labels}
      button="Save reason"
      success="The reason for the delay has been recorded."
      messages={{ reason: 'Select the reason the completion date was missed' }}
      send={(request, form) =>
        api.PUT('/api/v1/reviews/{reviewId}/breach-reason', {
          ...request,
          body: {
            reason: String(form.get('reason') ?? '') as BreachReason,
            note: String(form.get('note') ?? ''),
          },
        })
      }
      fields={(review, error) => (
        <>
          <Radios
            id="reason"
            label="Why was the review not completed within 6 months?"
            legendSize="m"
            defaultValue={review.breach?.reason}
            options={Object.entries(BREACH_REASON_LABELS).map(([value, label]) => ({ value, label }))}
            error={error('reason')}
          />
          <Textarea
            id="note"
            label={labels.note}
            hint="The Home Office asks what caused the delay in this review, not only its kind"
            defaultValue={review.breach?.note}
            error={error('note')}
          />
        </>
      )}
    />
  );
}

export function PublicationPage() {
  const labels = {
    publishedOn: 'Date published',
    url: 'Web address',
    removalReviewOn: 'Date to review removal',
  };
  return (
    <ReviewCommandPage
      title="Publish the review"
      capability="administer"
      labels={labels}
      button="Record publication"
      success="The publication has been recorded."
      send={(request, form) =>
        api.POST('/api/v1/reviews/{reviewId}/publication', {
          ...request,
          body: {
            publishedOn: dateValue(form, 'publishedOn') ?? '',
            url: String(form.get('url') ?? '').trim(),
            removalReviewOn: dateValue(form, 'removalReviewOn'),
          },
        })
      }
      fields={(review, error) => (
        <>
          <DateInput
            id="publishedOn"
            label={labels.publishedOn}
            defaultValue={dateParts(review.publication.publishedOn) ?? today()}
            error={error('publishedOn')}
          />
          <TextInput
            id="url"
            label={labels.url}
            hint="Where the report is published, starting https://"
            defaultValue={review.publication.url ?? undefined}
            spellCheck={false}
            error={error('url')}
          />
          <DateInput
            id="removalReviewOn"
            label="Date to review removal (optional)"
            hint="When to consider taking the report down, at least 12 months after publication"
            defaultValue={dateParts(review.publication.removalReviewOn)}
            error={error('removalReviewOn')}
          />
        </>
      )}
    />
  );
}

export function TransferPage() {
  const labels = {
    to: 'Partnership the review is transferred to',
    reason: 'Reason',
    transferredOn: 'Date transferred',
  };
  return (
    <ReviewCommandPage
      title="Transfer to another partnership"
      capability="administer"
      labels={labels}
      button="Transfer review"
      success="The review has been transferred."
      send={(request, form) =>
        api.POST('/api/v1/reviews/{reviewId}/transfer', {
          ...request,
          body: {
            to: String(form.get('to') ?? ''),
            reason: textValue(form, 'reason') ?? '',
            transferredOn: dateValue(form, 'transferredOn') ?? '',
          },
        })
      }
      fields={(_, error) => (
        <>
          <TextInput
            id="to"
            label={labels.to}
            hint="For example, Safer Sheffield Partnership"
            error={error('to')}
          />
          <Textarea id="reason" label={labels.reason} rows={3} error={error('reason')} />
          <DateInput
            id="transferredOn"
            label={labels.transferredOn}
            defaultValue={today()}
            error={error('transferredOn')}
          />
        </>
      )}
    />
  );
}

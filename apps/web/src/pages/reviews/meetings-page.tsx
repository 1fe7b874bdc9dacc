import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { newIdempotencyKey } from '../../api/problem';
import { Checkboxes, DateInput } from '../../components/fields';
import { ActionButton, ButtonLink } from '../../components/page';
import { useCommand } from '../../components/use-command-form';
import { dateValue, Textarea, textValue } from '../../components/review-fields';
import {
  linesOf,
  PanelMeeting,
  PanelMember,
  ReviewSubPage,
  servingOn,
  useMeetings,
  usePanelMembers,
} from './panel-parts';
import { formatDate, reviewProblem, today } from './review-parts';

const LABELS = {
  heldOn: 'Date of the meeting',
  attendeeIds: 'Who attended',
  decisions: 'Decisions',
  notes: 'Notes',
};

/** The review's panel meetings, oldest first: when, who came, what was decided. */
export function MeetingsPage() {
  const reviewId = useParams().reviewId ?? '';
  const meetings = useMeetings(reviewId);
  const members = usePanelMembers(reviewId);
  const nameOf = (id: string) => members.data?.find((m) => m.id === id)?.name ?? 'Unknown member';
  return (
    <ReviewSubPage
      title="Panel meetings"
      capability="view"
      back={{ to: '', label: 'Back to the review' }}
      loading={{
        problem: meetings.problem ?? members.problem,
        ready: meetings.data !== undefined && members.data !== undefined,
      }}
      wide
    >
      {(review) => (
        <>
          {meetings.data?.length ? (
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Panel meetings</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Date
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Attendees
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Decisions
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {meetings.data.map((meeting) => (
                  <tr className="govuk-table__row" key={meeting.id}>
                    <th scope="row" className="govuk-table__header" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(meeting.heldOn)}
                    </th>
                    <td className="govuk-table__cell">
                      {meeting.attendeeIds.length
                        ? meeting.attendeeIds.map(nameOf).join(', ')
                        : 'No attendees recorded'}
                    </td>
                    <td className="govuk-table__cell">
                      {meeting.decisions.length ? (
                        <ul className="govuk-list govuk-list--bullet">
                          {meeting.decisions.map((decision, index) => (
                            <li key={index}>{decision}</li>
                          ))}
                        </ul>
                      ) : (
                        'No decisions recorded'
                      )}
                      {meeting.notes && <p className="govuk-body">Notes: {meeting.notes}</p>}
                      <Link className="govuk-link" to={`/reviews/${reviewId}/meetings/${meeting.id}/minutes`}>
                        Minutes and papers
                        <span className="govuk-visually-hidden">
                          {' '}
                          of the meeting of {formatDate(meeting.heldOn)}
                        </span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="govuk-body">No panel meetings have been recorded yet.</p>
          )}
          {review.capabilities.includes('work') && (
            <ButtonLink to={`/reviews/${reviewId}/meetings/new`}>Record a meeting</ButtonLink>
          )}
          <p className="govuk-body">
            <Link className="govuk-link" to={`/reviews/${reviewId}/panel`}>
              Panel members
            </Link>
          </p>
        </>
      )}
    </ReviewSubPage>
  );
}

const isCalendarDate = (value: string | null): value is string => {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

const isoOf = (parts: { day: string; month: string; year: string }) =>
  `${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;

/** Records a meeting: the attendees offered are the members serving on the day entered. */
export function MeetingNewPage() {
  const reviewId = useParams().reviewId ?? '';
  const members = usePanelMembers(reviewId);
  const [heldOn, setHeldOn] = useState<string | null>(isoOf(today()));
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useCommand<PanelMeeting>({
    labels: LABELS,
    success: (meeting) => `The meeting of ${formatDate(meeting.heldOn)} has been recorded.`,
    returnTo: `/reviews/${reviewId}/meetings`,
    // an empty date is a missing answer, not a malformed one
    problemOf: (result, data) =>
      reviewProblem(result, dateValue(data, 'heldOn') ? {} : { heldOn: 'Enter the date of the meeting' }),
  });

  const serving: PanelMember[] = (members.data ?? []).filter((member) =>
    isCalendarDate(heldOn) ? servingOn(member, heldOn) : member.leftOn === null,
  );

  const send = (data: FormData) =>
    api.POST('/api/v1/reviews/{reviewId}/meetings', {
      params: { path: { reviewId } },
      headers: { 'idempotency-key': idempotencyKey },
      body: {
        heldOn: dateValue(data, 'heldOn') ?? '',
        attendeeIds: data.getAll('attendeeIds').map(String),
        decisions: linesOf(data, 'decisions'),
        notes: textValue(data, 'notes'),
      },
    });
  const onChange = (event: FormEvent<HTMLFormElement>) =>
    setHeldOn(dateValue(new FormData(event.currentTarget), 'heldOn'));

  return (
    <ReviewSubPage
      title="Record a panel meeting"
      capability="work"
      back={{ to: '/meetings', label: 'Back to panel meetings' }}
      loading={{ problem: members.problem, ready: members.data !== undefined }}
      problem={form.problem}
      labels={LABELS}
    >
      {() => (
        <form onSubmit={form.onSubmit(send)} onChange={onChange} noValidate>
          <DateInput id="heldOn" label={LABELS.heldOn} defaultValue={today()} error={form.error('heldOn')} />
          {serving.length > 0 ? (
            <Checkboxes
              id="attendeeIds"
              label={LABELS.attendeeIds}
              hint="Members on the panel on the day of the meeting. Select all that apply."
              options={serving.map((member) => ({
                value: member.id,
                label: member.jobTitle ? `${member.name} (${member.jobTitle})` : member.name,
              }))}
              error={form.error('attendeeIds')}
            />
          ) : (
            <div className="govuk-inset-text">
              No one was on the panel on that day.{' '}
              <Link className="govuk-link" to={`/reviews/${reviewId}/panel/new`}>
                Add a panel member
              </Link>
            </div>
          )}
          <Textarea
            id="decisions"
            label="Decisions (optional)"
            hint="One decision on each line"
            error={form.error('decisions')}
          />
          <Textarea id="notes" label="Notes (optional)" rows={3} error={form.error('notes')} />
          <ActionButton type="submit">Record meeting</ActionButton>
        </form>
      )}
    </ReviewSubPage>
  );
}

import { useParams } from 'react-router';
import { AttachedDocuments } from '../../components/attached-documents';
import { formatDate } from './review-parts';
import { ReviewSubPage, useMeetings } from './panel-parts';

/** The minutes and papers of one panel meeting: read by whoever may see the review, attached by those who work on it. */
export function MeetingMinutesPage() {
  const { reviewId = '', meetingId = '' } = useParams();
  const meetings = useMeetings(reviewId);
  const meeting = meetings.data?.find((m) => m.id === meetingId);
  const missing = meetings.data && !meeting;
  return (
    <ReviewSubPage
      title={
        meeting ? `Minutes of the meeting of ${formatDate(meeting.heldOn)}` : 'Minutes of a panel meeting'
      }
      capability="view"
      back={{ to: '/meetings', label: 'Back to panel meetings' }}
      loading={{
        problem:
          meetings.problem ??
          (missing ? { status: 404, code: 'not_found', detail: 'This meeting was not found.' } : undefined),
        ready: meeting !== undefined,
      }}
    >
      {(review) => (
        <AttachedDocuments
          ownerType="panel-meeting"
          ownerId={meetingId}
          canAttach={review.capabilities.includes('work')}
          what="minutes or papers"
        />
      )}
    </ReviewSubPage>
  );
}

import { ReviewDetail, ReviewSummary } from '../application/review.queries';
import { SubjectView } from '../application/subject.service';
import { REVIEW_STATUS_LABELS } from '../domain/review-status';
import { ReviewResponse, ReviewSummaryResponse, SubjectResponse } from './dto/review.response';

export function toSummaryResponse({ review, clocks }: ReviewSummary): ReviewSummaryResponse {
  return {
    id: review.id,
    reference: review.reference,
    reviewType: review.reviewType,
    status: review.status,
    statusLabel: REVIEW_STATUS_LABELS[review.status],
    notifiedOn: review.notification.notifiedOn,
    statusChangedOn: review.statusChangedOn,
    clocks,
    version: review.version,
  };
}

export function toReviewResponse(detail: ReviewDetail): ReviewResponse {
  const { review } = detail;
  return {
    ...toSummaryResponse(detail),
    notification: review.notification,
    decision: review.decision,
    homeOfficeInformedOn: review.homeOfficeInformedOn,
    chair: review.chair
      ? {
          userId: review.chair.userId,
          name: detail.chairName ?? '',
          appointedOn: review.chair.appointedOn,
          independenceStatement: review.chair.independenceStatement,
          independenceDeclaredAt: review.chair.independenceDeclaredAt?.toISOString() ?? null,
        }
      : null,
    authorUserId: review.authorUserId,
    breach: review.breach,
    signOff: review.signOff,
    firstSubmittedOn: review.firstSubmittedOn,
    family: review.family,
    publication: review.publication,
    transferredTo: review.transferredTo,
    statusNote: review.statusNote,
    capabilities: detail.capabilities,
    transitions: detail.transitions,
    pauses: detail.pauses.map((pause) => ({
      id: pause.id,
      reason: pause.reason,
      note: pause.note,
      parallelProcessId: pause.parallelProcessId,
      pausedOn: pause.pausedOn,
      revisitOn: pause.revisitOn,
      resumedOn: pause.resumedOn,
    })),
  };
}

export function toSubjectResponse(subject: SubjectView): SubjectResponse {
  return {
    id: subject.id,
    pseudonym: subject.pseudonym,
    role: subject.role,
    sex: subject.sex,
    ethnicity: subject.ethnicity,
    ageBand: subject.ageBand,
    relationshipToVictim: subject.relationshipToVictim,
    identityRecorded: subject.identityRecorded,
    version: subject.version,
  };
}

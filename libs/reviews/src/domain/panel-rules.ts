import {
  approximateDateProblems,
  compareApproximateDates,
  earliestDay,
  type ApproximateDate,
  type FieldProblem,
} from '@dhr/platform-domain';
import { servingOn, type PanelMeeting, type PanelMember } from './panel';
import type { Review } from './review';
import { isTerminalStatus } from './review-status';
import type { TermsOfReference } from './terms-of-reference';

/**
 * Why the panel of this review cannot be changed, or null when it can: a panel sits only on a review that was
 * commissioned and is still open here (not declined, closed or transferred).
 */
export function panelClosedReason(review: Pick<Review, 'status' | 'decision'>): string | null {
  if (review.decision?.outcome !== 'commission')
    return 'The panel is formed once the review is commissioned.';
  if (isTerminalStatus(review.status))
    return 'This review is finished: its panel and terms can no longer change.';
  return null;
}

/** Each attendee must be a member of this review's panel serving on the day of the meeting. */
export function attendanceProblems(
  members: readonly Pick<PanelMember, 'id' | 'name' | 'joinedOn' | 'leftOn'>[],
  attendeeIds: readonly string[],
  heldOn: string,
): FieldProblem[] {
  const byId = new Map(members.map((member) => [member.id, member]));
  const problems: FieldProblem[] = [];
  attendeeIds.forEach((id, index) => {
    const member = byId.get(id);
    const field = `attendeeIds.${index}`;
    if (!member) problems.push({ field, message: 'Choose a member of this review’s panel' });
    else if (!servingOn(member, heldOn)) {
      problems.push({ field, message: `${member.name} was not on the panel on ${heldOn}` });
    }
  });
  return problems;
}

/** The meetings a member attended that would fall outside new joined/left dates (so the change is refused). */
export function attendedOutside(
  memberId: string,
  dates: Pick<PanelMember, 'joinedOn' | 'leftOn'>,
  meetings: readonly Pick<PanelMeeting, 'heldOn' | 'attendeeIds'>[],
): string[] {
  return meetings
    .filter((meeting) => meeting.attendeeIds.includes(memberId) && !servingOn(dates, meeting.heldOn))
    .map((meeting) => meeting.heldOn);
}

/**
 * What is wrong with each end of a period under review, naming the field; [] when both are valid. The period
 * may be approximate ("spring 2007"), but it cannot start after today.
 */
export function periodProblems(
  period: { periodFrom: ApproximateDate; periodTo: ApproximateDate },
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['periodFrom', 'periodTo'] as const) {
    for (const message of approximateDateProblems(period[field])) problems.push({ field, message });
  }
  if (problems.length === 0 && earliestDay(period.periodFrom) > today) {
    problems.push({ field: 'periodFrom', message: 'The period under review must not start in the future' });
  }
  return problems;
}

/** "spring 2007" to "autumn 2013" runs forwards; "2013" to "autumn 2013" does too (it starts no later). */
export function periodRunsForwards(period: {
  periodFrom: ApproximateDate;
  periodTo: ApproximateDate;
}): boolean {
  return compareApproximateDates(period.periodFrom, period.periodTo) <= 0;
}

export type NextDraft =
  | { kind: 'first'; versionNumber: 1 }
  | { kind: 'revision'; versionNumber: number; basis: TermsOfReference }
  | { kind: 'draft_exists'; draft: TermsOfReference };

/**
 * Where the next draft comes from: the first version starts empty; a revision copies the latest agreed
 * version and takes the next number; while a draft is open, there is no second.
 */
export function nextDraft(versions: readonly TermsOfReference[]): NextDraft {
  const draft = versions.find((version) => version.status === 'draft');
  if (draft) return { kind: 'draft_exists', draft };
  const latest = versions.reduce<TermsOfReference | undefined>(
    (found, version) => (!found || version.versionNumber > found.versionNumber ? version : found),
    undefined,
  );
  if (!latest) return { kind: 'first', versionNumber: 1 };
  return { kind: 'revision', versionNumber: latest.versionNumber + 1, basis: latest };
}

/**
 * A revision cannot be agreed at a meeting before the one that agreed the version it revises: the history
 * of the terms must read forwards.
 */
export function agreementDateProblem(
  versions: readonly Pick<TermsOfReference, 'status' | 'agreedOn' | 'versionNumber'>[],
  draftVersionNumber: number,
  meetingDate: string,
): string | null {
  const previous = versions
    .flatMap((v) =>
      v.status === 'agreed' && v.versionNumber < draftVersionNumber && v.agreedOn ? [v.agreedOn] : [],
    )
    .sort()
    .pop();
  if (previous && meetingDate < previous) {
    return `This revision cannot be agreed at a meeting before ${previous}, when the version it revises was agreed.`;
  }
  return null;
}

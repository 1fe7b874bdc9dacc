import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { UserDirectory } from '@dhr/identity';
import { PartnershipDirectory } from '@dhr/partnerships';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import {
  AgencyId,
  assertVersion,
  DomainError,
  FieldProblem,
  InvalidInputError,
  NotFoundError,
  todayIn,
  UserId,
} from '@dhr/platform-domain';
import { PanelMeeting, PanelMember, PanelRole } from '../domain/panel';
import { attendanceProblems, attendedOutside, panelClosedReason } from '../domain/panel-rules';
import { Review, ReviewId } from '../domain/review';
import { PanelMeetingRepository } from '../persistence/panel-meeting.repository';
import { PanelMemberRepository } from '../persistence/panel-member.repository';
import { TermsOfReferenceRepository } from '../persistence/terms-of-reference.repository';
import { ReviewAccess } from './review-access';

export interface PanelMemberDetails {
  name: string;
  agencyId?: string | null;
  organisation?: string | null;
  jobTitle?: string | null;
  panelRole: PanelRole;
  userId?: string | null;
  joinedOn: string;
  leftOn?: string | null;
}

export interface MeetingDetails {
  heldOn: string;
  attendeeIds: string[];
  decisions: string[];
  notes?: string | null;
}

/**
 * The panel of a review and its meetings. Members link to an agency and, if they sign in, to a user (which
 * is what lets them read the review); meetings record who came and what was decided.
 */
@Injectable()
export class PanelService {
  constructor(
    private readonly db: Db,
    private readonly access: ReviewAccess,
    private readonly members: PanelMemberRepository,
    private readonly meetings: PanelMeetingRepository,
    private readonly terms: TermsOfReferenceRepository,
    private readonly partnerships: PartnershipDirectory,
    private readonly users: UserDirectory,
    private readonly audit: AuditLog,
  ) {}

  async listMembers(actor: PartnershipActor, reviewId: ReviewId): Promise<PanelMember[]> {
    await this.access.require(actor, reviewId, 'view');
    return this.members.listFor(actor.partnershipId, reviewId);
  }

  addMember(
    actor: PartnershipActor,
    reviewId: ReviewId,
    input: PanelMemberDetails,
    now = new Date(),
  ): Promise<PanelMember> {
    return this.db.transaction(async () => {
      const { review } = await this.access.require(actor, reviewId, 'work', true);
      assertPanelOpen(review);
      const problems = await this.memberProblems(actor, review, input, todayIn(now));
      if (problems.length > 0) throw new InvalidInputError(problems);
      const member = await this.members.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reviewId,
        ...memberColumns(input),
      });
      await this.audit.record(actor, {
        action: 'panel-member.added',
        entityType: 'panel-member',
        entityId: member.id,
        after: member,
      });
      return member;
    });
  }

  updateMember(
    actor: PartnershipActor,
    reviewId: ReviewId,
    memberId: string,
    expectedVersion: number,
    changes: Partial<PanelMemberDetails>,
    now = new Date(),
  ): Promise<PanelMember> {
    return this.db.transaction(async () => {
      const { review } = await this.access.require(actor, reviewId, 'work', true);
      const before = await this.members.find(actor.partnershipId, reviewId, memberId);
      if (!before) throw new NotFoundError('Panel member');
      assertVersion('This panel member', before.version, expectedVersion);
      assertPanelOpen(review);
      const merged: PanelMemberDetails = { ...before, ...withoutUndefined(changes) };
      const problems = await this.memberProblems(actor, review, merged, todayIn(now));
      if (problems.length > 0) throw new InvalidInputError(problems);
      const outside = attendedOutside(
        memberId,
        { joinedOn: merged.joinedOn, leftOn: merged.leftOn ?? null },
        await this.meetings.listFor(actor.partnershipId, reviewId),
      );
      if (outside.length > 0) {
        throw new DomainError(
          'rule_violated',
          'attendance_outside_membership',
          `${before.name} attended the panel meeting of ${outside.join(', ')}: they must be on the panel then.`,
        );
      }
      const after = await this.members.update(actor.partnershipId, reviewId, memberId, memberColumns(merged));
      await this.audit.record(actor, {
        action: 'panel-member.updated',
        entityType: 'panel-member',
        entityId: memberId,
        before,
        after,
      });
      return after;
    });
  }

  async listMeetings(actor: PartnershipActor, reviewId: ReviewId): Promise<PanelMeeting[]> {
    await this.access.require(actor, reviewId, 'view');
    return this.meetings.listFor(actor.partnershipId, reviewId);
  }

  async meeting(actor: PartnershipActor, reviewId: ReviewId, meetingId: string): Promise<PanelMeeting> {
    await this.access.require(actor, reviewId, 'view');
    const meeting = await this.meetings.find(actor.partnershipId, reviewId, meetingId);
    if (!meeting) throw new NotFoundError('Panel meeting');
    return meeting;
  }

  recordMeeting(
    actor: PartnershipActor,
    reviewId: ReviewId,
    input: MeetingDetails,
    now = new Date(),
  ): Promise<PanelMeeting> {
    return this.db.transaction(async () => {
      const { review } = await this.access.require(actor, reviewId, 'work', true);
      assertPanelOpen(review);
      const problems = await this.meetingProblems(actor, review, input, todayIn(now));
      if (problems.length > 0) throw new InvalidInputError(problems);
      const meeting = await this.meetings.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reviewId,
        ...meetingColumns(input),
      });
      await this.audit.record(actor, {
        action: 'panel-meeting.recorded',
        entityType: 'panel-meeting',
        entityId: meeting.id,
        after: meeting,
      });
      return meeting;
    });
  }

  updateMeeting(
    actor: PartnershipActor,
    reviewId: ReviewId,
    meetingId: string,
    expectedVersion: number,
    changes: Partial<MeetingDetails>,
    now = new Date(),
  ): Promise<PanelMeeting> {
    return this.db.transaction(async () => {
      const { review } = await this.access.require(actor, reviewId, 'work', true);
      const before = await this.meetings.find(actor.partnershipId, reviewId, meetingId);
      if (!before) throw new NotFoundError('Panel meeting');
      assertVersion('This panel meeting', before.version, expectedVersion);
      assertPanelOpen(review);
      const merged: MeetingDetails = { ...before, ...withoutUndefined(changes) };
      const problems = await this.meetingProblems(actor, review, merged, todayIn(now));
      if (problems.length > 0) throw new InvalidInputError(problems);
      if (merged.heldOn !== before.heldOn) await this.assertNoTermsAgreedAt(actor, reviewId, before);
      const after = await this.meetings.update(
        actor.partnershipId,
        reviewId,
        meetingId,
        meetingColumns(merged),
      );
      await this.audit.record(actor, {
        action: 'panel-meeting.updated',
        entityType: 'panel-meeting',
        entityId: meetingId,
        before,
        after,
      });
      return after;
    });
  }

  private async memberProblems(
    actor: PartnershipActor,
    review: Review,
    input: PanelMemberDetails,
    today: string,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (input.joinedOn > today) {
      problems.push({ field: 'joinedOn', message: 'Date joined must not be in the future' });
    } else if (input.joinedOn < review.notification.notifiedOn) {
      problems.push({ field: 'joinedOn', message: 'Date joined must be on or after the date notified' });
    }
    if (input.leftOn && input.leftOn > today) {
      problems.push({ field: 'leftOn', message: 'Date left must not be in the future' });
    } else if (input.leftOn && input.leftOn < input.joinedOn) {
      problems.push({ field: 'leftOn', message: 'Date left must be on or after the date joined' });
    }
    if (
      input.agencyId &&
      !(await this.partnerships.agency(actor.partnershipId, input.agencyId as AgencyId))
    ) {
      problems.push({ field: 'agencyId', message: 'Choose an agency of this partnership' });
    }
    if (input.userId) {
      const user = await this.users.user(actor.partnershipId, input.userId as UserId);
      if (!user || user.status === 'deactivated') {
        problems.push({ field: 'userId', message: 'Choose an active person of this partnership' });
      }
    }
    return problems;
  }

  private async meetingProblems(
    actor: PartnershipActor,
    review: Review,
    input: MeetingDetails,
    today: string,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (input.heldOn > today) {
      problems.push({ field: 'heldOn', message: 'Date of the meeting must not be in the future' });
    } else if (input.heldOn < review.notification.notifiedOn) {
      problems.push({
        field: 'heldOn',
        message: 'Date of the meeting must be on or after the date notified',
      });
    }
    const members = await this.members.listFor(actor.partnershipId, review.id);
    problems.push(...attendanceProblems(members, input.attendeeIds, input.heldOn));
    return problems;
  }

  /** Agreed terms are immutable, and their agreement date is the meeting's: that meeting keeps its date. */
  private async assertNoTermsAgreedAt(
    actor: PartnershipActor,
    reviewId: ReviewId,
    meeting: PanelMeeting,
  ): Promise<void> {
    const versions = await this.terms.listFor(actor.partnershipId, reviewId);
    const agreed = versions.find((version) => version.agreedAtMeetingId === meeting.id);
    if (agreed) {
      throw new DomainError(
        'rule_violated',
        'meeting_agreed_terms',
        `Version ${agreed.versionNumber} of the terms of reference was agreed at this meeting, so its date cannot change.`,
      );
    }
  }
}

function assertPanelOpen(review: Review): void {
  const reason = panelClosedReason(review);
  if (reason) throw new DomainError('rule_violated', 'panel_closed', reason);
}

function memberColumns(input: PanelMemberDetails) {
  return {
    name: input.name.trim(),
    agencyId: input.agencyId ?? null,
    organisation: input.organisation ?? null,
    jobTitle: input.jobTitle ?? null,
    panelRole: input.panelRole,
    userId: input.userId ?? null,
    joinedOn: input.joinedOn,
    leftOn: input.leftOn ?? null,
  };
}

function meetingColumns(input: MeetingDetails) {
  return {
    heldOn: input.heldOn,
    attendeeIds: [...input.attendeeIds],
    decisions: input.decisions.map((decision) => decision.trim()),
    notes: input.notes ?? null,
  };
}

/** A PATCH changes only the fields it sends; an explicit null still clears. */
function withoutUndefined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { DocumentOwnerPolicy, DocumentOwners } from '@dhr/documents';
import { PartnershipActor } from '@dhr/platform-auth';
import { ReviewCapability } from '../domain/review-access';
import { PanelMeetingRepository } from '../persistence/panel-meeting.repository';
import { ReviewDocumentsPolicy } from './review-documents.policy';

/** The minutes and papers of a panel meeting, authorised like the review the meeting belongs to. */
@Injectable()
export class PanelMeetingDocumentsPolicy implements DocumentOwnerPolicy, OnModuleInit {
  constructor(
    private readonly owners: DocumentOwners,
    private readonly meetings: PanelMeetingRepository,
    private readonly reviews: ReviewDocumentsPolicy,
  ) {}

  onModuleInit(): void {
    this.owners.register('panel-meeting', this);
  }

  canRead(actor: PartnershipActor, meetingId: string): Promise<boolean> {
    return this.has(actor, meetingId, 'view');
  }

  canWrite(actor: PartnershipActor, meetingId: string): Promise<boolean> {
    return this.has(actor, meetingId, 'work');
  }

  private async has(
    actor: PartnershipActor,
    meetingId: string,
    capability: ReviewCapability,
  ): Promise<boolean> {
    const meeting = await this.meetings.findInPartnership(actor.partnershipId, meetingId);
    if (!meeting) return false;
    return capability === 'view'
      ? this.reviews.canRead(actor, meeting.reviewId)
      : this.reviews.canWrite(actor, meeting.reviewId);
  }
}

import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { PanelMeeting } from '../domain/panel';
import { ReviewId } from '../domain/review';
import { PanelMeetingEntity } from './panel-meeting.entity';

@Injectable()
export class PanelMeetingRepository extends ReviewRecords<PanelMeetingEntity, PanelMeeting> {
  constructor(db: Db) {
    super(db, PanelMeetingEntity, 'heldOn');
  }

  protected toRecord(row: PanelMeetingEntity): PanelMeeting {
    return {
      id: row.id,
      reviewId: row.reviewId as ReviewId,
      heldOn: row.heldOn,
      attendeeIds: row.attendeeIds,
      decisions: row.decisions,
      notes: row.notes,
      version: row.version,
    };
  }
}

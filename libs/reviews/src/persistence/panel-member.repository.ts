import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { AgencyId, UserId } from '@dhr/platform-domain';
import { PanelMember, PanelRole } from '../domain/panel';
import { ReviewId } from '../domain/review';
import { PanelMemberEntity } from './panel-member.entity';

@Injectable()
export class PanelMemberRepository extends ReviewRecords<PanelMemberEntity, PanelMember> {
  constructor(db: Db) {
    super(db, PanelMemberEntity, 'joinedOn');
  }

  protected toRecord(row: PanelMemberEntity): PanelMember {
    return {
      id: row.id,
      reviewId: row.reviewId as ReviewId,
      name: row.name,
      agencyId: row.agencyId as AgencyId | null,
      organisation: row.organisation,
      jobTitle: row.jobTitle,
      panelRole: row.panelRole as PanelRole,
      userId: row.userId as UserId | null,
      joinedOn: row.joinedOn,
      leftOn: row.leftOn,
      version: row.version,
    };
  }
}

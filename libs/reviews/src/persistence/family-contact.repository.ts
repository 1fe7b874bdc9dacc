import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { ContactChannel, ContactOutcome, FamilyContact } from '../domain/family';
import { ReviewId } from '../domain/review';
import { FamilyContactEntity } from './family-contact.entity';

@Injectable()
export class FamilyContactRepository extends ReviewRecords<FamilyContactEntity, FamilyContact> {
  constructor(db: Db) {
    super(db, FamilyContactEntity, 'contactedOn');
  }

  protected toRecord(row: FamilyContactEntity): FamilyContact {
    return {
      id: row.id,
      reviewId: row.reviewId as ReviewId,
      person: row.person,
      relationship: row.relationship,
      channel: row.channel as ContactChannel,
      contactedOn: row.contactedOn,
      outcome: row.outcome as ContactOutcome,
      notes: row.notes,
      recordedBy: row.recordedBy,
      createdAt: row.createdAt,
    };
  }
}

import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { InvalidInputError, todayIn } from '@dhr/platform-domain';
import { ContactChannel, ContactOutcome, FamilyContact } from '../domain/family';
import { ReviewId } from '../domain/review';
import { FamilyContactRepository } from '../persistence/family-contact.repository';
import { datesInOrder } from './review-decision.service';
import { ReviewAccess } from './review-access';

export interface NewFamilyContact {
  person: string;
  relationship: string;
  channel: ContactChannel;
  contactedOn: string;
  outcome: ContactOutcome;
  notes?: string | null;
}

/**
 * Stage 8: every contact with the family and friends, including the letters nobody answered. The log is
 * append-only: a contact recorded wrongly is put right by a later entry, so the history stays whole.
 */
@Injectable()
export class FamilyContactService {
  constructor(
    private readonly db: Db,
    private readonly access: ReviewAccess,
    private readonly contacts: FamilyContactRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(actor: PartnershipActor, reviewId: ReviewId): Promise<FamilyContact[]> {
    await this.access.require(actor, reviewId, 'view');
    return this.contacts.listFor(actor.partnershipId, reviewId);
  }

  record(
    actor: PartnershipActor,
    reviewId: ReviewId,
    input: NewFamilyContact,
    now = new Date(),
  ): Promise<FamilyContact> {
    return this.db.transaction(async () => {
      const { review } = await this.access.require(actor, reviewId, 'work', true);
      const problems = datesInOrder(
        [
          [
            'contactedOn',
            input.contactedOn,
            review.notification.notifiedOn,
            'Date of the contact must be on or after the notification',
          ],
        ],
        todayIn(now),
      );
      if (problems.length > 0) throw new InvalidInputError(problems);
      const contact = await this.contacts.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reviewId,
        person: input.person.trim(),
        relationship: input.relationship.trim(),
        channel: input.channel,
        contactedOn: input.contactedOn,
        outcome: input.outcome,
        notes: input.notes ?? null,
        recordedBy: actor.userId,
      });
      await this.audit.record(actor, {
        action: 'family-contact.recorded',
        entityType: 'family-contact',
        entityId: contact.id,
        after: contact,
      });
      return contact;
    });
  }
}

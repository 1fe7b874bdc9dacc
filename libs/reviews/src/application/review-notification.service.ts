import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipDirectory } from '@dhr/partnerships';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { AgencyId, FieldProblem, InvalidInputError, todayIn } from '@dhr/platform-domain';
import { Relationship, Review, ReviewId, ReviewType } from '../domain/review';
import { formatReference } from '../domain/review-reference';
import { ReviewRepository } from '../persistence/review.repository';
import { NewSubject, SubjectService } from './subject.service';

export interface NewNotification {
  reviewType: ReviewType;
  notifiedOn: string;
  notifiedBy: string;
  notifyingAgencyId?: AgencyId | null;
  policeForce?: string | null;
  dateOfDeath?: string | null;
  relationship: Relationship;
  suspectedSuicide: boolean;
  circumstances?: string | null;
  subjects: NewSubject[];
}

/** Stage 1: the CSP is told of a death and opens a review record, with the subjects by pseudonym. */
@Injectable()
export class ReviewNotificationService {
  constructor(
    private readonly db: Db,
    private readonly reviews: ReviewRepository,
    private readonly subjects: SubjectService,
    private readonly directory: PartnershipDirectory,
    private readonly audit: AuditLog,
  ) {}

  notify(actor: PartnershipActor, input: NewNotification, now = new Date()): Promise<Review> {
    return this.db.transaction(async () => {
      await this.assertValid(actor, input, todayIn(now));
      const partnership = await this.directory.partnership(actor.partnershipId);
      const year = Number(input.notifiedOn.slice(0, 4));
      const number = await this.reviews.nextReferenceNumber(actor.partnershipId, year);
      const review = await this.reviews.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reference: formatReference(partnership?.referencePrefix ?? 'DHR', year, number),
        reviewType: input.reviewType,
        status: 'notified',
        notifiedOn: input.notifiedOn,
        notifiedBy: input.notifiedBy,
        notifyingAgencyId: input.notifyingAgencyId ?? null,
        policeForce: input.policeForce ?? null,
        dateOfDeath: input.dateOfDeath ?? null,
        relationship: input.relationship,
        suspectedSuicide: input.suspectedSuicide,
        circumstances: input.circumstances ?? null,
        ...EMPTY_LATER_STAGES,
        statusChangedOn: input.notifiedOn,
      });
      await this.audit.record(actor, {
        action: 'review.notified',
        entityType: 'review',
        entityId: review.id,
        after: review,
      });
      for (const subject of input.subjects)
        await this.subjects.addInTransaction(actor, review.id as ReviewId, subject);
      return review;
    });
  }

  private async assertValid(actor: PartnershipActor, input: NewNotification, today: string): Promise<void> {
    const problems: FieldProblem[] = [];
    if (input.notifiedOn > today)
      problems.push({ field: 'notifiedOn', message: 'Date notified must be today or in the past' });
    if (input.dateOfDeath && input.dateOfDeath > input.notifiedOn) {
      problems.push({
        field: 'dateOfDeath',
        message: 'Date of death must be on or before the date notified',
      });
    }
    if (
      input.notifyingAgencyId &&
      !(await this.directory.agency(actor.partnershipId, input.notifyingAgencyId))
    ) {
      problems.push({ field: 'notifyingAgencyId', message: 'Choose an agency of this partnership' });
    }
    if (!input.subjects.some((subject) => subject.role === 'victim')) {
      problems.push({ field: 'subjects', message: 'Add the person who died, as the victim' });
    }
    const pseudonyms = input.subjects.map((subject) => subject.pseudonym.trim().toLowerCase());
    if (new Set(pseudonyms).size !== pseudonyms.length) {
      problems.push({ field: 'subjects', message: 'Give each subject a different pseudonym' });
    }
    if (problems.length > 0) throw new InvalidInputError(problems);
  }
}

const EMPTY_LATER_STAGES = {
  decision: null,
  decidedOn: null,
  decisionMaker: null,
  decisionRationale: null,
  homeOfficeInformedOn: null,
  chairUserId: null,
  chairAppointedOn: null,
  authorUserId: null,
  chairIndependenceStatement: null,
  chairIndependenceDeclaredAt: null,
  breachReason: null,
  breachNote: null,
  signedOffOn: null,
  signedOffBy: null,
  firstSubmittedOn: null,
  familyAdvocacyOfferedOn: null,
  familyDraftSharedOn: null,
  familyPseudonymNote: null,
  publishedOn: null,
  publicationUrl: null,
  familyToldPublicationOn: null,
  removalReviewOn: null,
  transferredTo: null,
  statusNote: null,
};

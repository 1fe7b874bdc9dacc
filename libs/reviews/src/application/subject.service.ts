import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { assertVersion, DomainError, NotFoundError } from '@dhr/platform-domain';
import { ReviewId } from '../domain/review';
import { AgeBand, ReviewSubject, SubjectIdentity, SubjectRole } from '../domain/subject';
import { SubjectRepository } from '../persistence/subject.repository';
import { IdentitySeal } from './identity-seal';
import { ReviewAccess } from './review-access';

export interface SubjectDetails {
  pseudonym: string;
  role: SubjectRole;
  sex?: string | null;
  ethnicity?: string | null;
  ageBand?: AgeBand | null;
  relationshipToVictim?: string | null;
}

export interface NewSubject extends SubjectDetails {
  identity?: SubjectIdentity | null;
}

export interface SubjectView extends ReviewSubject {
  identityRecorded: boolean;
}

/**
 * Subjects by pseudonym, and their real identities apart: sealed at rest, read only with the dedicated
 * capability, every reading audited, and the audit trail itself never holding the identity.
 */
@Injectable()
export class SubjectService {
  constructor(
    private readonly db: Db,
    private readonly access: ReviewAccess,
    private readonly subjects: SubjectRepository,
    private readonly seal: IdentitySeal,
    private readonly audit: AuditLog,
  ) {}

  async list(actor: PartnershipActor, reviewId: ReviewId): Promise<SubjectView[]> {
    await this.access.require(actor, reviewId, 'view');
    const subjects = await this.subjects.listFor(actor.partnershipId, reviewId);
    const withIdentity = await this.subjects.hasIdentity(
      actor.partnershipId,
      subjects.map((subject) => subject.id),
    );
    return subjects.map((subject) => ({ ...subject, identityRecorded: withIdentity.has(subject.id) }));
  }

  add(actor: PartnershipActor, reviewId: ReviewId, input: NewSubject): Promise<ReviewSubject> {
    return this.db.transaction(async () => {
      await this.access.require(actor, reviewId, 'administer', true);
      return this.addInTransaction(actor, reviewId, input);
    });
  }

  /** For the notification, which adds its subjects as part of creating the review. */
  async addInTransaction(
    actor: PartnershipActor,
    reviewId: ReviewId,
    input: NewSubject,
  ): Promise<ReviewSubject> {
    await this.assertPseudonymFree(actor, reviewId, input.pseudonym);
    const subject = await this.subjects.insert({
      id: newId(),
      partnershipId: actor.partnershipId,
      reviewId,
      pseudonym: input.pseudonym.trim(),
      role: input.role,
      sex: input.sex ?? null,
      ethnicity: input.ethnicity ?? null,
      ageBand: input.ageBand ?? null,
      relationshipToVictim: input.relationshipToVictim ?? null,
    });
    await this.audit.record(actor, {
      action: 'subject.added',
      entityType: 'subject',
      entityId: subject.id,
      after: subject,
    });
    if (input.identity) await this.storeIdentity(actor, subject, input.identity);
    return subject;
  }

  update(
    actor: PartnershipActor,
    reviewId: ReviewId,
    subjectId: string,
    expectedVersion: number,
    changes: Partial<SubjectDetails>,
  ): Promise<SubjectView> {
    return this.db.transaction(async () => {
      await this.access.require(actor, reviewId, 'administer', true);
      const before = await this.subjects.find(actor.partnershipId, reviewId, subjectId);
      if (!before) throw new NotFoundError('Subject');
      assertVersion('This subject', before.version, expectedVersion);
      if (changes.pseudonym && changes.pseudonym.trim().toLowerCase() !== before.pseudonym.toLowerCase()) {
        await this.assertPseudonymFree(actor, reviewId, changes.pseudonym);
      }
      const after = await this.subjects.update(
        actor.partnershipId,
        reviewId,
        subjectId,
        changes.pseudonym === undefined ? changes : { ...changes, pseudonym: changes.pseudonym.trim() },
      );
      await this.audit.record(actor, {
        action: 'subject.updated',
        entityType: 'subject',
        entityId: subjectId,
        before,
        after,
      });
      const withIdentity = await this.subjects.hasIdentity(actor.partnershipId, [subjectId]);
      return { ...after, identityRecorded: withIdentity.has(subjectId) };
    });
  }

  recordIdentity(
    actor: PartnershipActor,
    reviewId: ReviewId,
    subjectId: string,
    identity: SubjectIdentity,
  ): Promise<void> {
    return this.db.transaction(async () => {
      await this.access.require(actor, reviewId, 'view_identities', true);
      const subject = await this.subjects.find(actor.partnershipId, reviewId, subjectId);
      if (!subject) throw new NotFoundError('Subject');
      await this.storeIdentity(actor, subject, identity);
    });
  }

  /** Reading a real identity is itself a change to the record of who knows what: it is audited. */
  readIdentity(actor: PartnershipActor, reviewId: ReviewId, subjectId: string): Promise<SubjectIdentity> {
    return this.db.transaction(async () => {
      await this.access.require(actor, reviewId, 'view_identities');
      const subject = await this.subjects.find(actor.partnershipId, reviewId, subjectId);
      if (!subject) throw new NotFoundError('Subject');
      const sealed = await this.subjects.sealedIdentity(actor.partnershipId, subjectId);
      if (!sealed) throw new NotFoundError('Identity');
      await this.audit.record(actor, {
        action: 'subject.identity-viewed',
        entityType: 'subject',
        entityId: subjectId,
        after: { pseudonym: subject.pseudonym },
      });
      return this.seal.open(subjectId, sealed);
    });
  }

  private async storeIdentity(
    actor: PartnershipActor,
    subject: ReviewSubject,
    identity: SubjectIdentity,
  ): Promise<void> {
    await this.subjects.storeIdentity(actor.partnershipId, subject.id, this.seal.seal(subject.id, identity));
    await this.audit.record(actor, {
      action: 'subject.identity-recorded',
      entityType: 'subject',
      entityId: subject.id,
      after: { pseudonym: subject.pseudonym },
    });
  }

  private async assertPseudonymFree(
    actor: PartnershipActor,
    reviewId: ReviewId,
    pseudonym: string,
  ): Promise<void> {
    if (await this.subjects.findByPseudonym(actor.partnershipId, reviewId, pseudonym.trim())) {
      throw new DomainError(
        'conflict',
        'pseudonym_taken',
        `Another subject of this review is already called "${pseudonym.trim()}".`,
      );
    }
  }
}

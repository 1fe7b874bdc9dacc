import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { assertVersion, InvalidInputError, NotFoundError } from '@dhr/platform-domain';
import { Lesson } from '../domain/learning-records';
import { LessonRepository } from '../persistence/lesson.repository';
import { LearningAccess } from './learning-access';
import { LearningLinks } from './learning-links';

export interface LessonDetails {
  narrative: string;
  statement: string;
  questionNumbers: number[];
  imrRequestIds: string[];
  themeIds: string[];
}

/**
 * The numbered lessons of a review (seed 003 §8): read by whoever may see the review, written by its chair and
 * the coordinator. Numbers follow the order they were added in, 1..n.
 */
@Injectable()
export class LessonService {
  constructor(
    private readonly db: Db,
    private readonly access: LearningAccess,
    private readonly lessons: LessonRepository,
    private readonly links: LearningLinks,
    private readonly audit: AuditLog,
  ) {}

  async list(actor: PartnershipActor, reviewId: string): Promise<Lesson[]> {
    await this.access.review(actor, reviewId, false);
    return this.lessons.listForReview(actor.partnershipId, reviewId);
  }

  add(actor: PartnershipActor, reviewId: string, input: LessonDetails): Promise<Lesson> {
    return this.db.transaction(async () => {
      await this.access.review(actor, reviewId, true);
      await this.assertValid(actor, reviewId, input);
      const existing = await this.lessons.listForReview(actor.partnershipId, reviewId);
      const lesson = await this.lessons.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reviewId,
        number: existing.reduce((max, l) => Math.max(max, l.number), 0) + 1,
        ...normalised(input),
      });
      await this.audit.record(actor, {
        action: 'lesson.added',
        entityType: 'lesson',
        entityId: lesson.id,
        after: lesson,
      });
      return lesson;
    });
  }

  update(
    actor: PartnershipActor,
    lessonId: string,
    expectedVersion: number,
    changes: Partial<LessonDetails>,
  ): Promise<Lesson> {
    return this.db.transaction(async () => {
      const found = await this.lessons.find(actor.partnershipId, lessonId);
      if (!found) throw new NotFoundError('Lesson');
      await this.access.review(actor, found.reviewId, true);
      const before = await this.lessons.findForUpdate(actor.partnershipId, lessonId);
      if (!before) throw new NotFoundError('Lesson');
      assertVersion('This lesson', before.version, expectedVersion);
      const merged: LessonDetails = {
        narrative: changes.narrative ?? before.narrative,
        statement: changes.statement ?? before.statement,
        questionNumbers: changes.questionNumbers ?? before.questionNumbers,
        imrRequestIds: changes.imrRequestIds ?? before.imrRequestIds,
        themeIds: changes.themeIds ?? before.themeIds,
      };
      await this.assertValid(actor, before.reviewId, merged);
      const after = await this.lessons.update(actor.partnershipId, lessonId, normalised(merged));
      await this.audit.record(actor, {
        action: 'lesson.updated',
        entityType: 'lesson',
        entityId: lessonId,
        before,
        after,
      });
      return after;
    });
  }

  private async assertValid(actor: PartnershipActor, reviewId: string, input: LessonDetails): Promise<void> {
    const problems = [
      ...(await this.links.questionProblems(actor.partnershipId, reviewId, input.questionNumbers)),
      ...(await this.links.imrRequestProblems(actor.partnershipId, reviewId, input.imrRequestIds)),
      ...(await this.links.themeProblems(actor.partnershipId, input.themeIds)),
    ];
    if (problems.length > 0) throw new InvalidInputError(problems);
  }
}

function normalised(input: LessonDetails): LessonDetails {
  return {
    narrative: input.narrative,
    statement: input.statement,
    questionNumbers: [...new Set(input.questionNumbers)].sort((a, b) => a - b),
    imrRequestIds: [...new Set(input.imrRequestIds)],
    themeIds: [...new Set(input.themeIds)],
  };
}

import { Injectable } from '@nestjs/common';
import { Db, newId } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { FindingKind, ImrAnswer, ImrFinding, ImrRecommendation } from '../domain/imr-content';
import { ImrAnswerEntity } from './imr-answer.entity';
import { ImrFindingEntity } from './imr-finding.entity';
import { ImrRecommendationEntity } from './imr-recommendation.entity';

interface Scope {
  partnershipId: PartnershipId;
  reviewId: string;
  requestId: string;
}

/** The body of an IMR: answers by question, good practice and lessons, proposed recommendations. */
@Injectable()
export class ImrContentRepository {
  constructor(private readonly db: Db) {}

  async answers(partnershipId: PartnershipId, requestId: string): Promise<ImrAnswer[]> {
    const rows = await this.db
      .repository(ImrAnswerEntity)
      .find({ where: { partnershipId, requestId }, order: { questionNumber: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      questionNumber: row.questionNumber,
      answer: row.answer,
      version: row.version,
    }));
  }

  async saveAnswer(scope: Scope, questionNumber: number, answer: string): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO imr_answer (id, partnership_id, review_id, request_id, question_number, answer, version)
       VALUES ($1, $2, $3, $4, $5, $6, 1)
       ON CONFLICT (partnership_id, request_id, question_number)
       DO UPDATE SET answer = EXCLUDED.answer, version = imr_answer.version + 1`,
      [newId(), scope.partnershipId, scope.reviewId, scope.requestId, questionNumber, answer],
    );
  }

  async findings(partnershipId: PartnershipId, requestId: string): Promise<ImrFinding[]> {
    const rows = await this.db
      .repository(ImrFindingEntity)
      .find({ where: { partnershipId, requestId }, order: { kind: 'ASC', position: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind as FindingKind,
      position: row.position,
      text: row.text,
    }));
  }

  /** Replaces the findings of one kind with the list as the author now has it. */
  async replaceFindings(scope: Scope, kind: FindingKind, texts: string[]): Promise<void> {
    const repository = this.db.repository(ImrFindingEntity);
    await repository.delete({ partnershipId: scope.partnershipId, requestId: scope.requestId, kind });
    if (texts.length === 0) return;
    await repository.insert(
      texts.map((text, position) => ({ ...scope, id: newId(), kind, position, text, version: 1 })),
    );
  }

  async recommendations(partnershipId: PartnershipId, requestId: string): Promise<ImrRecommendation[]> {
    const rows = await this.db
      .repository(ImrRecommendationEntity)
      .find({ where: { partnershipId, requestId }, order: { position: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      position: row.position,
      recommendation: row.recommendation,
      lead: row.lead,
      action: row.action,
      keyMilestone: row.keyMilestone,
      targetDate: row.targetDate,
    }));
  }

  async replaceRecommendations(
    scope: Scope,
    items: Omit<ImrRecommendation, 'id' | 'position'>[],
  ): Promise<void> {
    const repository = this.db.repository(ImrRecommendationEntity);
    await repository.delete({ partnershipId: scope.partnershipId, requestId: scope.requestId });
    if (items.length === 0) return;
    await repository.insert(
      items.map((item, position) => ({ ...scope, ...item, id: newId(), position, version: 1 })),
    );
  }
}

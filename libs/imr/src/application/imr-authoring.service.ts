import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { newId } from '@dhr/platform-database';
import { InvalidInputError } from '@dhr/platform-domain';
import { ReviewDirectory, ReviewId } from '@dhr/reviews';
import { FindingKind, ImrRecommendation, ImrSnapshot } from '../domain/imr-content';
import { ImrRequest } from '../domain/imr-request';
import { assertEditable, ImrRuleError, statusAfterSubmission, submissionProblems } from '../domain/imr-rules';
import { ChronologyEntryRepository } from '../persistence/chronology-entry.repository';
import { ImrContentRepository } from '../persistence/imr-content.repository';
import { ImrRevisionRepository } from '../persistence/imr-revision.repository';
import { ImrChanger, RequestChanges, started } from './imr-changes';
import { ImrNotices } from './imr-notices';

export type RecommendationInput = Omit<ImrRecommendation, 'id' | 'position'>;

/**
 * Stage 7, the author's work: answers to each question of the terms of reference, good practice, lessons,
 * proposed recommendations, the statement of independence; then submission, kept whole as a revision.
 */
@Injectable()
export class ImrAuthoringService {
  constructor(
    private readonly changer: ImrChanger,
    private readonly content: ImrContentRepository,
    private readonly chronology: ChronologyEntryRepository,
    private readonly revisions: ImrRevisionRepository,
    private readonly reviews: ReviewDirectory,
    private readonly notices: ImrNotices,
  ) {}

  saveAnswer(
    actor: PartnershipActor,
    requestId: string,
    version: number,
    questionNumber: number,
    answer: string,
  ) {
    return this.changer.change(actor, requestId, version, 'author', 'answer-saved', async ({ request }) => {
      assertEditable(request);
      const questions = await this.questionNumbers(request);
      if (!questions.includes(questionNumber)) {
        throw new InvalidInputError([
          { field: 'questionNumber', message: `The terms of reference have no question ${questionNumber}` },
        ]);
      }
      await this.content.saveAnswer(scopeOf(request), questionNumber, answer);
      return started(request);
    });
  }

  saveFindings(
    actor: PartnershipActor,
    requestId: string,
    version: number,
    kind: FindingKind,
    texts: string[],
  ) {
    return this.changer.change(
      actor,
      requestId,
      version,
      'author',
      `${kind.replace('_', '-')}-saved`,
      async ({ request }) => {
        assertEditable(request);
        await this.content.replaceFindings(scopeOf(request), kind, texts);
        return started(request);
      },
    );
  }

  saveRecommendations(
    actor: PartnershipActor,
    requestId: string,
    version: number,
    items: RecommendationInput[],
  ) {
    return this.changer.change(
      actor,
      requestId,
      version,
      'author',
      'recommendations-saved',
      async ({ request }) => {
        assertEditable(request);
        await this.content.replaceRecommendations(scopeOf(request), items);
        return started(request);
      },
    );
  }

  saveIndependenceStatement(actor: PartnershipActor, requestId: string, version: number, statement: string) {
    return this.changer.change(actor, requestId, version, 'author', 'independence-stated', ({ request }) => {
      assertEditable(request);
      return { ...started(request), independenceStatement: statement };
    });
  }

  /** Rule 5: submitted only complete; a full IMR then waits for its senior manager, the rest go to the chair. */
  submit(actor: PartnershipActor, requestId: string, version: number, now = new Date()): Promise<ImrRequest> {
    return this.changer.change(actor, requestId, version, 'author', 'submitted', async ({ request }) => {
      assertEditable(request);
      const snapshot = await this.snapshot(request);
      const questions = await this.questionNumbers(request);
      const answered = new Set(snapshot.answers.filter((a) => a.answer.trim()).map((a) => a.questionNumber));
      const problems = submissionProblems(request, {
        chronologyEntries: snapshot.chronologyEntries,
        unansweredQuestions: questions.filter((number) => !answered.has(number)),
        independenceStatement: request.independenceStatement,
      });
      if (problems.length > 0) {
        throw new ImrRuleError(
          'imr_incomplete',
          `This cannot be submitted yet: ${problems.join(' ')}`,
          problems,
        );
      }
      const previous = await this.revisions.listForRequest(request.partnershipId, request.id);
      await this.revisions.insert({
        id: newId(),
        partnershipId: request.partnershipId,
        reviewId: request.reviewId,
        requestId: request.id,
        revisionNumber: previous.length + 1,
        content: snapshot,
        submittedBy: actor.userId,
        outcome: null,
        chairComments: [],
        decidedBy: null,
        decidedAt: null,
      });
      const status = statusAfterSubmission(request);
      if (status === 'awaiting_sign_off') await this.notices.signOffWanted(request);
      const changes: RequestChanges = { status, submittedAt: now, signedOffBy: null, signedOffAt: null };
      return changes;
    });
  }

  private async snapshot(request: ImrRequest): Promise<ImrSnapshot> {
    const [answers, findings, recommendations, chronologyEntries] = [
      await this.content.answers(request.partnershipId, request.id),
      await this.content.findings(request.partnershipId, request.id),
      await this.content.recommendations(request.partnershipId, request.id),
      await this.chronology.countForRequest(request.partnershipId, request.id),
    ];
    return {
      kind: request.kind,
      termsVersionNumber: (await this.latestTerms(request))?.versionNumber ?? request.termsVersionNumber,
      answers: answers.map(({ questionNumber, answer }) => ({ questionNumber, answer })),
      findings: findings.map(({ kind, text }) => ({ kind, text })),
      recommendations: recommendations.map(({ id: _id, ...rest }) => rest),
      chronologyEntries,
      independenceStatement: request.independenceStatement,
    };
  }

  private async latestTerms(request: ImrRequest) {
    return (await this.reviews.agreedTerms(request.partnershipId, request.reviewId as ReviewId)).at(-1);
  }

  /** The questions of the terms of reference in force now (a later revision's questions included). */
  private async questionNumbers(request: ImrRequest): Promise<number[]> {
    return ((await this.latestTerms(request))?.questions ?? []).map((question) => question.number);
  }
}

function scopeOf(request: ImrRequest) {
  return { partnershipId: request.partnershipId, reviewId: request.reviewId, requestId: request.id };
}

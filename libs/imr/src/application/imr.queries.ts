import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { AgencyId } from '@dhr/platform-domain';
import { ReviewDirectory, ReviewId } from '@dhr/reviews';
import { ImrFinding, ImrRecommendation, ImrRevision } from '../domain/imr-content';
import { ImrRequest } from '../domain/imr-request';
import { ChronologyEntryRepository } from '../persistence/chronology-entry.repository';
import { ImrContentRepository } from '../persistence/imr-content.repository';
import { ImrRequestRepository } from '../persistence/imr-request.repository';
import { ImrRevisionRepository } from '../persistence/imr-revision.repository';
import { ImrAccess, ImrCapability } from './imr-access';

export interface WorkspaceQuestion {
  number: number;
  text: string;
  /** the version of the terms of reference that first asked it */
  addedInVersion: number;
  /** asked after the request was sent (a later revision of the terms) */
  addedSinceRequest: boolean;
  answer: string | null;
}

export interface ImrWorkspace {
  request: ImrRequest;
  reviewReference: string;
  capabilities: ImrCapability[];
  termsVersionNumber: number | null;
  questions: WorkspaceQuestion[];
  findings: ImrFinding[];
  recommendations: ImrRecommendation[];
  chronologyEntries: number;
  revisions: ImrRevision[];
}

export interface RequestSummary {
  request: ImrRequest;
  reviewReference: string;
}

export interface Coverage {
  questionNumbers: number[];
  rows: { request: ImrRequest; answered: number[] }[];
}

/** Read models of the IMR work: an agency's own requests, one IMR whole, and the chair's coverage matrix. */
@Injectable()
export class ImrQueries {
  constructor(
    private readonly access: ImrAccess,
    private readonly requests: ImrRequestRepository,
    private readonly content: ImrContentRepository,
    private readonly chronology: ChronologyEntryRepository,
    private readonly revisions: ImrRevisionRepository,
    private readonly reviews: ReviewDirectory,
  ) {}

  /** The requests sent to the actor's own agency, across the partnership's reviews; nobody else's. */
  async mine(actor: PartnershipActor): Promise<RequestSummary[]> {
    if (!actor.agencyId) return [];
    const requests = await this.requests.listForAgency(actor.partnershipId, actor.agencyId as AgencyId);
    const summaries: RequestSummary[] = [];
    for (const request of requests) {
      const review = await this.reviews.review(actor.partnershipId, request.reviewId as ReviewId);
      summaries.push({ request, reviewReference: review?.reference ?? '' });
    }
    return summaries;
  }

  async workspace(actor: PartnershipActor, requestId: string): Promise<ImrWorkspace> {
    const { request, capabilities } = await this.access.require(actor, requestId, 'read');
    const review = await this.reviews.review(actor.partnershipId, request.reviewId as ReviewId);
    const terms = await this.reviews.agreedTerms(actor.partnershipId, request.reviewId as ReviewId);
    const answers = new Map(
      (await this.content.answers(actor.partnershipId, request.id)).map((a) => [a.questionNumber, a.answer]),
    );
    const firstAsked = new Map<number, number>();
    for (const version of terms) {
      for (const question of version.questions) {
        if (!firstAsked.has(question.number)) firstAsked.set(question.number, version.versionNumber);
      }
    }
    const inForce = terms.at(-1);
    const questions = (inForce?.questions ?? []).map((question) => {
      const addedInVersion = firstAsked.get(question.number) ?? inForce?.versionNumber ?? 1;
      return {
        number: question.number,
        text: question.text,
        addedInVersion,
        addedSinceRequest: request.termsVersionNumber !== null && addedInVersion > request.termsVersionNumber,
        answer: answers.get(question.number) ?? null,
      };
    });
    return {
      request,
      reviewReference: review?.reference ?? '',
      capabilities: [...capabilities],
      termsVersionNumber: inForce?.versionNumber ?? null,
      questions,
      findings: await this.content.findings(actor.partnershipId, request.id),
      recommendations: await this.content.recommendations(actor.partnershipId, request.id),
      chronologyEntries: await this.chronology.countForRequest(actor.partnershipId, request.id),
      revisions: await this.revisions.listForRequest(actor.partnershipId, request.id),
    };
  }

  /** Agencies × questions of the terms in force: which each agency's IMR has answered. */
  async coverage(actor: PartnershipActor, reviewId: string): Promise<Coverage> {
    await this.access.requireReview(actor, reviewId, false);
    const terms = await this.reviews.agreedTerms(actor.partnershipId, reviewId as ReviewId);
    const questionNumbers = (terms.at(-1)?.questions ?? []).map((question) => question.number);
    const rows = [];
    for (const request of await this.requests.listFor(actor.partnershipId, reviewId)) {
      const answered = (await this.content.answers(actor.partnershipId, request.id))
        .filter((answer) => answer.answer.trim() && questionNumbers.includes(answer.questionNumber))
        .map((answer) => answer.questionNumber);
      rows.push({ request, answered });
    }
    return { questionNumbers, rows };
  }
}

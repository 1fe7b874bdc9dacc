import { Injectable } from '@nestjs/common';
import { ImrDirectory } from '@dhr/imr';
import { FieldProblem, PartnershipId } from '@dhr/platform-domain';
import { ReviewDirectory, ReviewId } from '@dhr/reviews';
import { ThemeRepository } from '../persistence/theme.repository';

/** Checks the links of lessons and recommendations: to the review's agreed questions, its IMRs, the themes. */
@Injectable()
export class LearningLinks {
  constructor(
    private readonly reviews: ReviewDirectory,
    private readonly imrs: ImrDirectory,
    private readonly themes: ThemeRepository,
  ) {}

  /** Question numbers must be in the latest agreed terms of reference of the review. */
  async questionProblems(
    partnershipId: PartnershipId,
    reviewId: string,
    numbers: number[],
  ): Promise<FieldProblem[]> {
    if (numbers.length === 0) return [];
    const agreed = await this.reviews.agreedTerms(partnershipId, reviewId as ReviewId);
    const latest = agreed[agreed.length - 1];
    if (!latest) {
      return [
        { field: 'questionNumbers', message: 'The terms of reference are not agreed yet: link no question' },
      ];
    }
    const known = new Set(latest.questions.map((question) => question.number));
    const missing = [...new Set(numbers)].filter((n) => !known.has(n));
    return missing.map((n) => ({
      field: 'questionNumbers',
      message: `The agreed terms of reference have no question ${n}`,
    }));
  }

  async imrRequestProblems(
    partnershipId: PartnershipId,
    reviewId: string,
    ids: string[],
    field = 'imrRequestIds',
  ): Promise<FieldProblem[]> {
    if (ids.length === 0) return [];
    const known = new Set((await this.imrs.requestsOf(partnershipId, reviewId)).map((r) => r.id));
    return ids.some((id) => !known.has(id)) ? [{ field, message: 'Choose IMR requests of this review' }] : [];
  }

  async themeProblems(partnershipId: PartnershipId, ids: string[]): Promise<FieldProblem[]> {
    if (ids.length === 0) return [];
    const known = new Set((await this.themes.list(partnershipId)).map((theme) => theme.id));
    return ids.some((id) => !known.has(id))
      ? [{ field: 'themeIds', message: 'Choose themes of this partnership' }]
      : [];
  }
}

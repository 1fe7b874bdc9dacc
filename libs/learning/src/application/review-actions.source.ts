import { Injectable, OnModuleInit } from '@nestjs/common';
import { PartnershipId } from '@dhr/platform-domain';
import { ActionSource, EvidenceSources } from '@dhr/reviews';
import { ActionRepository } from '../persistence/action.repository';

/** Stage 16, from the learning side: the actions of a review's recommendations that are not closed yet. */
@Injectable()
export class ReviewActionsSource implements ActionSource, OnModuleInit {
  constructor(
    private readonly sources: EvidenceSources,
    private readonly actions: ActionRepository,
  ) {}

  onModuleInit(): void {
    this.sources.registerActions(this);
  }

  async openActions(partnershipId: PartnershipId, reviewId: string): Promise<string[]> {
    return (await this.actions.openForReview(partnershipId, reviewId))
      .map((action) => action.reference)
      .sort();
  }
}

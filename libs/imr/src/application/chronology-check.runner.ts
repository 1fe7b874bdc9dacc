import { Injectable, Logger } from '@nestjs/common';
import { Db } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { findLikelyDuplicates } from '../domain/duplicates';
import { ChronologyCheckRepository } from '../persistence/chronology-check.repository';
import { CombinedChronologyRepository } from '../persistence/combined-chronology.repository';
import { AgencyNames, chronologyItemOf } from './chronology-items';

/**
 * Runs one duplicate check (the worker's job). Progress is reported by stage: entries loaded, compared, pairs
 * stored. findLikelyDuplicates runs once over all the review's entries, so the pairs are exactly those it
 * finds; they replace the check's earlier pairs in one transaction with the check's completion, so a check
 * that runs twice (a retried job) leaves the same rows.
 */
@Injectable()
export class ChronologyCheckRunner {
  private readonly logger = new Logger(ChronologyCheckRunner.name);

  constructor(
    private readonly db: Db,
    private readonly checks: ChronologyCheckRepository,
    private readonly entries: CombinedChronologyRepository,
    private readonly agencyNames: AgencyNames,
  ) {}

  async run(partnershipId: PartnershipId, checkId: string): Promise<void> {
    const check = await this.checks.findInPartnership(partnershipId, checkId);
    if (!check) {
      this.logger.warn(`Chronology check ${checkId} no longer exists; nothing to do`);
      return;
    }
    const { reviewId } = check;
    const progress = (changes: Parameters<ChronologyCheckRepository['update']>[3]) =>
      this.checks.update(partnershipId, reviewId, checkId, changes);
    try {
      await progress({ status: 'running', progress: 5, finishedAt: null });
      const entries = await this.entries.listForReview(partnershipId, reviewId);
      const names = await this.agencyNames.of(partnershipId, entries);
      await progress({ progress: 30 });
      const pairs = findLikelyDuplicates(entries.map((entry) => chronologyItemOf(entry, names)));
      await progress({ progress: 70, entriesChecked: entries.length });
      await this.db.transaction(async () => {
        await this.checks.replacePairs(checkId, pairs);
        await progress({
          status: 'done',
          progress: 100,
          entriesChecked: entries.length,
          pairsFound: pairs.length,
          finishedAt: new Date(),
        });
      });
    } catch (error) {
      await progress({ status: 'failed', finishedAt: new Date() });
      throw error;
    }
  }
}

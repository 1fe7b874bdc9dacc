import { Injectable, Logger } from '@nestjs/common';
import {
  IdempotencyRepository,
  PURGE_IDEMPOTENCY_RECORDS,
  PurgeIdempotencyRecordsPayload,
} from '@dhr/platform-http';
import { JobProcessor, ProcessesJob } from '@dhr/platform-queue';

@Injectable()
@ProcessesJob(PURGE_IDEMPOTENCY_RECORDS)
export class PurgeIdempotencyRecordsProcessor implements JobProcessor<PurgeIdempotencyRecordsPayload> {
  private readonly logger = new Logger(PurgeIdempotencyRecordsProcessor.name);

  constructor(private readonly records: IdempotencyRepository) {}

  async process({ olderThanHours }: PurgeIdempotencyRecordsPayload): Promise<void> {
    const purged = await this.records.purgeOlderThan(new Date(Date.now() - olderThanHours * 3_600_000));
    this.logger.log(`Purged ${purged} idempotency records older than ${olderThanHours} hours`);
  }
}

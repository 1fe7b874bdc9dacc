import { defineJob } from '@dhr/platform-queue';

export interface PurgeIdempotencyRecordsPayload {
  olderThanHours: number;
}

/** Idempotency keys are honoured for a day; older records are deleted by this daily job. */
export const PURGE_IDEMPOTENCY_RECORDS = defineJob<PurgeIdempotencyRecordsPayload>(
  'platform.purge-idempotency-records',
);

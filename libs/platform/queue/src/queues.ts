import type { JobsOptions } from 'bullmq';

/** Retries with exponential backoff; completed jobs kept a week (so a re-relay is a no-op), failed kept. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: false,
};

import type { Queue } from 'bullmq';
import { JobDefinition } from './job';
import { DEFAULT_JOB_OPTIONS } from './queues';

export interface Schedule<P> {
  job: JobDefinition<P>;
  /** cron pattern, in UTC */
  pattern: string;
  payload: P;
}

/** Declares a recurring job. Upserting is idempotent, so every worker instance may do it at start-up. */
export function schedule<P>(job: JobDefinition<P>, pattern: string, payload: P): Schedule<P> {
  return { job, pattern, payload };
}

export async function registerSchedule(queue: Queue, entry: Schedule<unknown>): Promise<void> {
  await queue.upsertJobScheduler(
    entry.job.name,
    { pattern: entry.pattern, tz: 'UTC' },
    {
      name: entry.job.name,
      data: { v: entry.job.version, payload: entry.payload },
      opts: DEFAULT_JOB_OPTIONS,
    },
  );
}

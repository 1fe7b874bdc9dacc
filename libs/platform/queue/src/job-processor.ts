import { SetMetadata } from '@nestjs/common';
import { JobDefinition } from './job';

export const JOB_PROCESSOR = 'dhr:job-processor';

export interface JobContext {
  /** the outbox id (or scheduler job id): the natural idempotency key for the job's effect */
  jobId: string;
  attempt: number;
}

/** A processor handles exactly one job. It must be idempotent: a job can run more than once. */
export interface JobProcessor<P> {
  process(payload: P, context: JobContext): Promise<void>;
}

/** Marks a provider as the processor of `job`; the worker finds it at start-up. */
export const ProcessesJob = (job: JobDefinition<unknown>) => SetMetadata(JOB_PROCESSOR, job.name);

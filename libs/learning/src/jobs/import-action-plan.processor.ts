import { Injectable } from '@nestjs/common';
import { PartnershipId } from '@dhr/platform-domain';
import { JobContext, JobProcessor, ProcessesJob } from '@dhr/platform-queue';
import { PlanImportJobs } from '../application/plan-import-jobs';
import { IMPORT_ACTION_PLAN, ImportActionPlanPayload } from './learning.jobs';

@Injectable()
@ProcessesJob(IMPORT_ACTION_PLAN)
export class ImportActionPlanProcessor implements JobProcessor<ImportActionPlanPayload> {
  constructor(private readonly jobs: PlanImportJobs) {}

  async process(payload: ImportActionPlanPayload, context: JobContext): Promise<void> {
    await this.jobs.run(payload.partnershipId as PartnershipId, payload.jobId, context.attempt);
  }
}

import { Injectable } from '@nestjs/common';
import { JobProcessor, ProcessesJob } from '@dhr/platform-queue';
import { PartnershipId } from '@dhr/platform-domain';
import { ChronologyCheckRunner } from '../application/chronology-check.runner';
import { CHECK_CHRONOLOGY_DUPLICATES, CheckChronologyDuplicatesPayload } from './imr.jobs';

@Injectable()
@ProcessesJob(CHECK_CHRONOLOGY_DUPLICATES)
export class CheckChronologyDuplicatesProcessor implements JobProcessor<CheckChronologyDuplicatesPayload> {
  constructor(private readonly runner: ChronologyCheckRunner) {}

  async process(payload: CheckChronologyDuplicatesPayload): Promise<void> {
    await this.runner.run(payload.partnershipId as PartnershipId, payload.checkId);
  }
}

import { Injectable } from '@nestjs/common';
import { JobProcessor, ProcessesJob } from '@dhr/platform-queue';
import { QuarterlyUpdateRequests } from '../application/quarterly-update-requests';
import { REQUEST_QUARTERLY_UPDATES, RequestQuarterlyUpdatesPayload } from './learning.jobs';

@Injectable()
@ProcessesJob(REQUEST_QUARTERLY_UPDATES)
export class RequestQuarterlyUpdatesProcessor implements JobProcessor<RequestQuarterlyUpdatesPayload> {
  constructor(private readonly requests: QuarterlyUpdateRequests) {}

  async process(): Promise<void> {
    await this.requests.requestAll();
  }
}

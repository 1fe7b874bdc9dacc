import { Injectable } from '@nestjs/common';
import { JobProcessor, ProcessesJob } from '@dhr/platform-queue';
import { ClockAlertsService } from '../application/clock-alerts.service';
import { CHECK_REVIEW_CLOCKS, CheckReviewClocksPayload } from './review.jobs';

@Injectable()
@ProcessesJob(CHECK_REVIEW_CLOCKS)
export class CheckReviewClocksProcessor implements JobProcessor<CheckReviewClocksPayload> {
  constructor(private readonly alerts: ClockAlertsService) {}

  async process(): Promise<void> {
    await this.alerts.checkAll();
  }
}

import { defineJob } from '@dhr/platform-queue';

export type CheckReviewClocksPayload = Record<string, never>;

/** Daily: warn of clocks due soon, flag clocks overdue (rule 1 and the completion target). */
export const CHECK_REVIEW_CLOCKS = defineJob<CheckReviewClocksPayload>('reviews.check-clocks');

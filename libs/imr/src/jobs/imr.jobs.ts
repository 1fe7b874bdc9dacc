import { defineJob } from '@dhr/platform-queue';

export interface CheckChronologyDuplicatesPayload {
  partnershipId: string;
  checkId: string;
}

/** On the chair's request: find the likely duplicates across agencies in a review's combined chronology. */
export const CHECK_CHRONOLOGY_DUPLICATES = defineJob<CheckChronologyDuplicatesPayload>(
  'imr.check-chronology-duplicates',
);

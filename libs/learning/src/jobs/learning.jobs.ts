import { defineJob } from '@dhr/platform-queue';

export type RequestQuarterlyUpdatesPayload = Record<string, never>;

/** At the start of each quarter (and daily after, for actions added since): ask lead officers for their update. */
export const REQUEST_QUARTERLY_UPDATES = defineJob<RequestQuarterlyUpdatesPayload>(
  'learning.request-quarterly-updates',
);

export interface ImportActionPlanPayload {
  partnershipId: string;
  jobId: string;
}

/** On the coordinator's request: import a large action plan, reporting progress as it goes. */
export const IMPORT_ACTION_PLAN = defineJob<ImportActionPlanPayload>('learning.import-action-plan');

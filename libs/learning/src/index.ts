export * from './learning.module';
export * from './learning-worker.module';
export * from './jobs/learning.jobs';
export * from './application/quarterly-update-requests';
export * from './jobs/import-action-plan.processor';

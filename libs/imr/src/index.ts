export * from './imr.module';
export * from './imr-worker.module';
export * from './application/scoping.service';
export * from './jobs/imr.jobs';
export * from './jobs/check-chronology-duplicates.processor';
export * from './application/imr-directory';

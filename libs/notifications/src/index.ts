export * from './application/email-outbox';
export * from './jobs/notification.jobs';
export * from './notifications.module';

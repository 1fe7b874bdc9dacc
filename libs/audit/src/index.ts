export * from './application/audit-log';
export * from './audit.module';

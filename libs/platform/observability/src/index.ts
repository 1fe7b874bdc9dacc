export * from './request-id';
export * from './logging.module';
export * from './redaction';
export * from './metrics';

export * from './database.module';
export * from './data-source-options';
export * from './db';
export * from './ids';
export * from './migrate';
export * from './cursor';
export * from './review-records';

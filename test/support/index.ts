export * from './test-app';
export * from './scenario';
export * from './fresh-database';
export * from './problems';
export * from './imr-setup';
export * from './binary';

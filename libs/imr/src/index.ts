export * from './imr.module';

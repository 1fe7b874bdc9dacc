export * from './domain/agency-type';
export * from './domain/partnership';
export * from './application/partnership-directory';
export * from './application/agency.service';
export * from './application/partnership.service';
export * from './partnerships.module';

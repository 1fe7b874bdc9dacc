export * from './domain-error';
export * from './ids';
export * from './calendar-date';
export * from './approximate-date';
export * from './spreadsheet-text';

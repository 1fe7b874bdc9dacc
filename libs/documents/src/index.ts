export * from './domain/document';
export * from './application/document-owner-policy';
export * from './application/document-owners';
export * from './application/document-directory';
export * from './document-owners.module';
export * from './documents.module';
export * from './documents-worker.module';
export { DocumentService } from './application/document.service';
export type { IncomingFile } from './application/document.service';

import { Module } from '@nestjs/common';
import { DocumentOwners } from './application/document-owners';

/**
 * What a context imports to let documents be attached to its records: the owner registry alone, without the
 * documents routes or storage, so that importing it pulls nothing else in.
 */
@Module({ providers: [DocumentOwners], exports: [DocumentOwners] })
export class DocumentOwnersModule {}

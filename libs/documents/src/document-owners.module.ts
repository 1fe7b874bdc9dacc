import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentDirectory } from './application/document-directory';
import { DocumentOwners } from './application/document-owners';
import { DocumentEntity } from './persistence/document.entity';
import { DocumentRepository } from './persistence/document.repository';

/**
 * What a context imports to let documents be attached to its records: the owner registry, and the directory
 * that says which record a document belongs to, without the documents routes or storage.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DocumentEntity])],
  providers: [DocumentOwners, DocumentRepository, DocumentDirectory],
  exports: [DocumentOwners, DocumentDirectory],
})
export class DocumentOwnersModule {}

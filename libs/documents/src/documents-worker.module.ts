import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '@dhr/platform-config';
import { DocumentAccess } from './application/document-access';
import { DocumentService } from './application/document.service';
import { DocumentOwnersModule } from './document-owners.module';
import { fileStorageFor } from './documents.module';
import { DocumentEntity } from './persistence/document.entity';
import { DocumentRepository } from './persistence/document.repository';
import { FILE_STORAGE } from './storage/file-storage';

/**
 * For the worker (demo data): attaching documents to records, with the same storage and checks as the api,
 * without the documents routes. The owners' policies are registered by the contexts the worker loads.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DocumentEntity]), DocumentOwnersModule],
  providers: [
    DocumentService,
    DocumentAccess,
    DocumentRepository,
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: fileStorageFor },
  ],
  exports: [DocumentService],
})
export class DocumentsWorkerModule {}

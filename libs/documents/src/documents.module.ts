import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnershipsModule } from '@dhr/partnerships';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { AgencyDocumentsPolicy } from './application/agency-documents.policy';
import { DocumentAccess } from './application/document-access';
import { DocumentQueries } from './application/document.queries';
import { DocumentService } from './application/document.service';
import { DocumentOwnersModule } from './document-owners.module';
import { DocumentsController } from './http/documents.controller';
import { DocumentEntity } from './persistence/document.entity';
import { DocumentRepository } from './persistence/document.repository';
import { FILE_STORAGE, FileStorage } from './storage/file-storage';
import { LocalDiskStorage } from './storage/local-disk.storage';
import { S3Storage } from './storage/s3.storage';

/** S3 when a bucket is configured; otherwise the local disk, under the configured files directory. */
export function fileStorageFor(config: AppConfig): FileStorage {
  const { s3, filesDir } = config.documents;
  return s3 ? S3Storage.fromConfig(s3) : new LocalDiskStorage(filesDir);
}

/** The documents routes (api side). Contexts that own records import DocumentOwnersModule, not this. */
@Module({
  imports: [TypeOrmModule.forFeature([DocumentEntity]), DocumentOwnersModule, PartnershipsModule],
  controllers: [DocumentsController],
  providers: [
    DocumentService,
    DocumentQueries,
    DocumentAccess,
    DocumentRepository,
    AgencyDocumentsPolicy,
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: fileStorageFor },
  ],
})
export class DocumentsModule {}

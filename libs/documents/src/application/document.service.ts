import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { Db, newId } from '@dhr/platform-database';
import { NotFoundError } from '@dhr/platform-domain';
import { DocumentId, DocumentMetadata, DocumentOwner } from '../domain/document';
import { unsupportedType } from '../domain/document.errors';
import { declaredDocumentType } from '../domain/document-type';
import { displayName } from '../domain/filename';
import { DocumentRepository } from '../persistence/document.repository';
import { FILE_STORAGE, FileStorage } from '../storage/file-storage';
import { ContentInspection } from './content-inspection';
import { DocumentAccess, ownerOf } from './document-access';
import { metadataOf } from './document-metadata';

/** A file as it arrives: what the client says it is, and its bytes, still streaming. */
export interface IncomingFile {
  filename: string;
  contentType: string;
  content: AsyncIterable<Uint8Array>;
}

/** Attaching documents to records and removing them; each change audited in its own transaction. */
@Injectable()
export class DocumentService {
  private readonly logger = new Logger(DocumentService.name);

  constructor(
    private readonly db: Db,
    private readonly documents: DocumentRepository,
    private readonly access: DocumentAccess,
    private readonly audit: AuditLog,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(actor: PartnershipActor, owner: DocumentOwner, file: IncomingFile): Promise<DocumentMetadata> {
    await this.access.assertCanRead(actor, owner);
    await this.access.assertCanChange(actor, owner);
    const type = declaredDocumentType(file.contentType, file.filename);
    if (!type) throw unsupportedType(file.contentType);

    // the key is ours, never derived from anything the client sent
    const id = newId() as DocumentId;
    const storageKey = id;
    const inspection = new ContentInspection(type, this.config.documents.maxBytes);
    await this.storage.put(storageKey, inspection.inspect(file.content));
    const { sizeBytes, sha256 } = inspection.result();
    try {
      return await this.db.transaction(async () => {
        const document = metadataOf(
          await this.documents.insert(actor.partnershipId, {
            id,
            ownerType: owner.type,
            ownerId: owner.id,
            filename: displayName(file.filename, type),
            contentType: type,
            sizeBytes,
            sha256,
            storageKey,
            uploadedBy: actor.userId,
          }),
        );
        await this.audit.record(actor, {
          action: 'document.uploaded',
          entityType: 'document',
          entityId: id,
          after: document,
        });
        return document;
      });
    } catch (error) {
      // no record, so no file: a stored file nobody can reach would only be a liability
      await this.discard(storageKey);
      throw error;
    }
  }

  async remove(actor: PartnershipActor, id: DocumentId): Promise<void> {
    const document = await this.access.readable(actor, id);
    await this.access.assertCanChange(actor, ownerOf(document));
    const removed = await this.db.transaction(async () => {
      // someone may have removed it since we read it: then there is nothing left to remove or audit
      if (!(await this.documents.delete(actor.partnershipId, id))) return false;
      await this.audit.record(actor, {
        action: 'document.deleted',
        entityType: 'document',
        entityId: id,
        before: metadataOf(document),
      });
      return true;
    });
    if (!removed) throw new NotFoundError('The document');
    // only after the commit: a failure here leaves a file without a record, never a record without its file
    await this.discard(document.storageKey);
  }

  private async discard(storageKey: string): Promise<void> {
    try {
      await this.storage.delete(storageKey);
    } catch (error) {
      this.logger.error({ err: error, storageKey }, 'A stored file without a record could not be removed');
    }
  }
}

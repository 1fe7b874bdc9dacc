import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, decodeCursor, isUuid, Page } from '@dhr/platform-database';
import { DocumentId, DocumentMetadata, DocumentOwner } from '../domain/document';
import { DocumentRepository } from '../persistence/document.repository';
import { FILE_STORAGE, FileStorage } from '../storage/file-storage';
import { DocumentAccess } from './document-access';
import { metadataOf } from './document-metadata';

export interface DocumentDownload {
  document: DocumentMetadata;
  content: Readable;
}

/** Reading documents. Every download is audited: these files hold the most sensitive material of a review. */
@Injectable()
export class DocumentQueries {
  constructor(
    private readonly db: Db,
    private readonly documents: DocumentRepository,
    private readonly access: DocumentAccess,
    private readonly audit: AuditLog,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** The record's documents, oldest first. */
  async list(
    actor: PartnershipActor,
    owner: DocumentOwner,
    limit: number,
    cursor?: string,
  ): Promise<Page<DocumentMetadata>> {
    await this.access.assertCanRead(actor, owner);
    const after = decodeCursor(cursor, isUuid) as DocumentId | undefined;
    const page = await this.documents.listFor(actor.partnershipId, owner, limit, after);
    return { ...page, items: page.items.map(metadataOf) };
  }

  async get(actor: PartnershipActor, id: DocumentId): Promise<DocumentMetadata> {
    return metadataOf(await this.access.readable(actor, id));
  }

  /** The content, opened before anything is sent, so a missing file fails cleanly rather than mid-response. */
  async download(actor: PartnershipActor, id: DocumentId): Promise<DocumentDownload> {
    const document = await this.access.readable(actor, id);
    const content = await this.storage.get(document.storageKey);
    try {
      await this.db.transaction(() =>
        this.audit.record(actor, { action: 'document.downloaded', entityType: 'document', entityId: id }),
      );
    } catch (error) {
      content.destroy();
      throw error;
    }
    return { document: metadataOf(document), content };
  }
}

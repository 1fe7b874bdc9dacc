import { Injectable } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import { Db, Page, toPage } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { DocumentId, DocumentOwner, StoredDocument } from '../domain/document';
import { DocumentEntity } from './document.entity';

export type NewDocument = Omit<StoredDocument, 'createdAt'>;

/** Every query on documents; each is confined to one partnership. */
@Injectable()
export class DocumentRepository {
  constructor(private readonly db: Db) {}

  async insert(partnershipId: PartnershipId, document: NewDocument): Promise<StoredDocument> {
    const repository = this.db.repository(DocumentEntity);
    await repository.insert({ ...document, partnershipId });
    return toDocument(await repository.findOneByOrFail({ partnershipId, id: document.id }));
  }

  async find(partnershipId: PartnershipId, id: DocumentId): Promise<StoredDocument | undefined> {
    const row = await this.db.repository(DocumentEntity).findOneBy({ partnershipId, id });
    return row ? toDocument(row) : undefined;
  }

  /** One page of a record's documents in the order they were attached (ids are time-ordered). */
  async listFor(
    partnershipId: PartnershipId,
    owner: DocumentOwner,
    limit: number,
    after?: DocumentId,
  ): Promise<Page<StoredDocument>> {
    const rows = await this.db.repository(DocumentEntity).find({
      where: {
        partnershipId,
        ownerType: owner.type,
        ownerId: owner.id,
        ...(after === undefined ? {} : { id: MoreThan(after) }),
      },
      order: { id: 'ASC' },
      take: limit + 1,
    });
    return toPage(rows.map(toDocument), limit, (document) => document.id);
  }

  async countFor(partnershipId: PartnershipId, owner: DocumentOwner): Promise<number> {
    return this.db
      .repository(DocumentEntity)
      .countBy({ partnershipId, ownerType: owner.type, ownerId: owner.id });
  }

  /** Whether there was such a document to delete. */
  async delete(partnershipId: PartnershipId, id: DocumentId): Promise<boolean> {
    const result = await this.db.repository(DocumentEntity).delete({ partnershipId, id });
    return (result.affected ?? 0) > 0;
  }
}

function toDocument(row: DocumentEntity): StoredDocument {
  return {
    id: row.id as DocumentId,
    ownerType: row.ownerType,
    ownerId: row.ownerId,
    filename: row.filename,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    storageKey: row.storageKey,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt,
  };
}

import { Injectable } from '@nestjs/common';
import { PartnershipId } from '@dhr/platform-domain';
import { DocumentId, DocumentMetadata } from '../domain/document';
import { DocumentRepository } from '../persistence/document.repository';

/**
 * What a context that owns records may ask about a document without going through the documents routes:
 * chiefly which record it is attached to, so that a reference to it (a submission's overview report, say) can
 * be refused when it belongs to another record. Confined to one partnership; no access check of its own, the
 * caller having already authorised the record it is working on.
 */
@Injectable()
export class DocumentDirectory {
  constructor(private readonly documents: DocumentRepository) {}

  async find(partnershipId: PartnershipId, id: string): Promise<DocumentMetadata | undefined> {
    const document = await this.documents.find(partnershipId, id as DocumentId);
    if (!document) return undefined;
    const { storageKey: _storageKey, ...metadata } = document;
    return metadata;
  }

  /** How many documents are attached to a record (e.g. the evidence of an action). */
  countFor(partnershipId: PartnershipId, ownerType: string, ownerId: string): Promise<number> {
    return this.documents.countFor(partnershipId, { type: ownerType, id: ownerId });
  }
}

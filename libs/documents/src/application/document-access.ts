import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { NotFoundError } from '@dhr/platform-domain';
import { cannotChangeDocuments } from '../domain/document.errors';
import { DocumentId, DocumentOwner, StoredDocument } from '../domain/document';
import { DocumentRepository } from '../persistence/document.repository';
import { DocumentOwners } from './document-owners';

/**
 * Who may see and change documents: whoever may see and change the record they are attached to, as that
 * record's owner decides. Anything the actor may not see is "not found", never "forbidden".
 */
@Injectable()
export class DocumentAccess {
  constructor(
    private readonly owners: DocumentOwners,
    private readonly documents: DocumentRepository,
  ) {}

  async assertCanRead(actor: PartnershipActor, owner: DocumentOwner): Promise<void> {
    if (!(await this.owners.policyFor(owner.type).canRead(actor, owner.id))) {
      throw new NotFoundError('The record');
    }
  }

  /** For a record the actor may already see: 403 if they may not change its documents. */
  async assertCanChange(actor: PartnershipActor, owner: DocumentOwner): Promise<void> {
    if (!(await this.owners.policyFor(owner.type).canWrite(actor, owner.id))) throw cannotChangeDocuments();
  }

  /** The document, if it is in the actor's partnership and they may see its record. */
  async readable(actor: PartnershipActor, id: DocumentId): Promise<StoredDocument> {
    const document = await this.documents.find(actor.partnershipId, id);
    if (!document || !(await this.owners.policyFor(document.ownerType).canRead(actor, document.ownerId))) {
      throw new NotFoundError('The document');
    }
    return document;
  }
}

export function ownerOf(document: StoredDocument): DocumentOwner {
  return { type: document.ownerType, id: document.ownerId };
}

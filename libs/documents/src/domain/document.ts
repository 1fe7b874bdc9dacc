import { Brand } from '@dhr/platform-domain';

export type DocumentId = Brand<string, 'DocumentId'>;

/**
 * The record a document is attached to: an agency now; a review, an IMR or an action later. `type` names the
 * kind of record, as registered by the context that owns it; `id` is that record's id.
 */
export interface DocumentOwner {
  type: string;
  id: string;
}

/** What anyone allowed to see a document may know about it. Where its bytes live is not part of it. */
export interface DocumentMetadata {
  id: DocumentId;
  ownerType: string;
  ownerId: string;
  /** a display name, made safe (see displayName); never used to find the bytes */
  filename: string;
  contentType: string;
  sizeBytes: number;
  /** SHA-256 of the content, lower-case hex */
  sha256: string;
  uploadedBy: string;
  createdAt: Date;
}

/** A document as stored: its metadata and the key its bytes are stored under. */
export interface StoredDocument extends DocumentMetadata {
  storageKey: string;
}

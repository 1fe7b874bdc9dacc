import { DocumentMetadata, StoredDocument } from '../domain/document';

/** What may leave the context about a stored document: everything but where its bytes are. */
export function metadataOf(document: StoredDocument): DocumentMetadata {
  const { storageKey: _storageKey, ...metadata } = document;
  return metadata;
}

import { DomainError } from '@dhr/platform-domain';
import { ACCEPTED_TYPES_LABEL, DOCUMENT_TYPES, DocumentType } from './document-type';

/** The stable codes clients can rely on; each error's kind decides its HTTP status. */
export enum DocumentErrorCode {
  TooLarge = 'too_large',
  UnsupportedType = 'unsupported_type',
  EmptyFile = 'empty_file',
  Forbidden = 'forbidden',
}

export function documentTooLarge(maxBytes: number): DomainError {
  return new DomainError(
    'too_large',
    DocumentErrorCode.TooLarge,
    `The file is larger than ${formatSize(maxBytes)}, the most that can be attached.`,
  );
}

export function unsupportedType(declared: string): DomainError {
  const type = (declared.split(';')[0] ?? '').trim() || 'unknown';
  return new DomainError(
    'unsupported_type',
    DocumentErrorCode.UnsupportedType,
    `Files of type ${type} cannot be attached. Attach a ${ACCEPTED_TYPES_LABEL} file.`,
  );
}

/** Same status and code as an unsupported type: to the client, a file that is not what it claims is neither. */
export function contentNotOfType(type: DocumentType): DomainError {
  return new DomainError(
    'unsupported_type',
    DocumentErrorCode.UnsupportedType,
    `The file's content is not ${DOCUMENT_TYPES[type].label}, although it is declared as ${type}.`,
  );
}

export function emptyFile(): DomainError {
  return new DomainError('invalid', DocumentErrorCode.EmptyFile, 'The file is empty.', [
    { field: 'file', message: 'The selected file is empty' },
  ]);
}

export function cannotChangeDocuments(): DomainError {
  return new DomainError(
    'forbidden',
    DocumentErrorCode.Forbidden,
    'You cannot attach or remove documents on this record.',
  );
}

/** "25 MB", "64 KB", "900 bytes": as people read sizes, in binary units as operating systems show them. */
export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

import { DOCUMENT_TYPES, DocumentType } from './document-type';

export const MAX_FILENAME_LENGTH = 200;

// Control characters could split a header or a log line; a right-to-left override (U+202E) makes "report",
// U+202E, "fdp.exe" read as "reportexe.pdf"; the rest are refused by common file systems on saving.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069"<>|:*?\\/]/g;

/**
 * The name shown for a document and offered when it is downloaded: the client's name without any path, unsafe
 * characters or leading and trailing dots, ending with an extension of its type (so "report.exe" holding a
 * PDF is offered as "report.exe.pdf"). It is only ever displayed: stored bytes are found by a generated key.
 */
export function displayName(clientName: string, type: DocumentType): string {
  const base = clientName.split(/[\\/]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(/\s+/g, ' ').replace(UNSAFE_CHARACTERS, '').trim();
  const extensions: readonly string[] = DOCUMENT_TYPES[type].extensions;
  const dot = cleaned.lastIndexOf('.');
  const hasOwnExtension = dot >= 0 && extensions.includes(cleaned.slice(dot + 1).toLowerCase());
  const suffix = hasOwnExtension ? cleaned.slice(dot) : `.${extensions[0] ?? 'bin'}`;
  const stem = (hasOwnExtension ? cleaned.slice(0, dot) : cleaned).replace(/^[.\s]+|[.\s]+$/g, '');
  const room = MAX_FILENAME_LENGTH - Array.from(suffix).length;
  // counted in code points, as PostgreSQL counts varchar length, and never splitting a surrogate pair
  const kept = Array.from(stem).slice(0, room).join('').trimEnd();
  return `${kept.length > 0 ? kept : 'document'}${suffix}`;
}

/**
 * How a type is recognised from its first bytes. A declared type alone proves nothing: a renamed executable
 * arrives as "application/pdf" as easily as a real report does.
 */
type Signature =
  | { kind: 'prefix'; bytes: readonly number[] }
  | { kind: 'opendocument'; mimetype: string }
  | { kind: 'text' };

interface DocumentTypeRule {
  label: string;
  /** the first is the one added to a file name that lacks it */
  extensions: readonly string[];
  signature: Signature;
}

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const TEXT: Signature = { kind: 'text' };

/** The files a review needs: reports, letters, spreadsheets, chronologies, scans. Anything else is refused. */
export const DOCUMENT_TYPES = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'], signature: { kind: 'prefix', bytes: ascii('%PDF-') } },
  // OOXML files are zip packages; telling a .docx from an .xlsx needs the zip's directory, at its very end
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word (DOCX)',
    extensions: ['docx'],
    signature: { kind: 'prefix', bytes: ZIP },
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'Excel (XLSX)',
    extensions: ['xlsx'],
    signature: { kind: 'prefix', bytes: ZIP },
  },
  'application/vnd.oasis.opendocument.text': {
    label: 'OpenDocument text (ODT)',
    extensions: ['odt'],
    signature: { kind: 'opendocument', mimetype: 'application/vnd.oasis.opendocument.text' },
  },
  'application/vnd.oasis.opendocument.spreadsheet': {
    label: 'OpenDocument spreadsheet (ODS)',
    extensions: ['ods'],
    signature: { kind: 'opendocument', mimetype: 'application/vnd.oasis.opendocument.spreadsheet' },
  },
  'text/csv': { label: 'CSV', extensions: ['csv'], signature: TEXT },
  'text/plain': { label: 'text (TXT)', extensions: ['txt'], signature: TEXT },
  'image/png': {
    label: 'PNG',
    extensions: ['png'],
    signature: { kind: 'prefix', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  },
  'image/jpeg': { label: 'JPEG', extensions: ['jpg', 'jpeg'], signature: { kind: 'prefix', bytes: [0xff, 0xd8, 0xff] } },
} as const satisfies Record<string, DocumentTypeRule>;

export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** How many leading bytes startsLike needs to see (fewer only when the whole file is shorter). */
export const HEAD_BYTES = 256;

export const ACCEPTED_TYPES_LABEL = Object.values(DOCUMENT_TYPES)
  .map((t) => t.label)
  .join(', ');

export function isDocumentType(value: string): value is DocumentType {
  return Object.hasOwn(DOCUMENT_TYPES, value);
}

/** Other names that browsers and operating systems send for the same files. */
const ALIASES: Readonly<Record<string, DocumentType>> = {
  'application/csv': 'text/csv',
  'application/x-csv': 'text/csv',
  'text/x-csv': 'text/csv',
  'text/comma-separated-values': 'text/csv',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
};

/** Sent when the sender's machine does not know the type; then the file name's extension says what is claimed. */
const UNKNOWN_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/**
 * The type a file is claimed to be, from the declared content type (and, only where that declares nothing
 * useful, the file name), or undefined when it is not one we accept. The content is checked separately.
 */
export function declaredDocumentType(declared: string, filename: string): DocumentType | undefined {
  const type = (declared.split(';')[0] ?? '').trim().toLowerCase();
  if (isDocumentType(type)) return type;
  if (Object.hasOwn(ALIASES, type)) return ALIASES[type];
  const byExtension = typeOfExtension(extensionOf(filename));
  if (UNKNOWN_TYPES.has(type)) return byExtension;
  // Windows with Excel installed registers .csv as an Excel type, so browsers there declare CSVs that way
  if (type === 'application/vnd.ms-excel' && byExtension === 'text/csv') return byExtension;
  return undefined;
}

/** The lower-case extension of a file name, without the dot; '' when it has none. */
export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

function typeOfExtension(extension: string): DocumentType | undefined {
  return (Object.keys(DOCUMENT_TYPES) as DocumentType[]).find((type) =>
    (DOCUMENT_TYPES[type].extensions as readonly string[]).includes(extension),
  );
}

export function isTextType(type: DocumentType): boolean {
  return DOCUMENT_TYPES[type].signature.kind === 'text';
}

/**
 * Do the first bytes (HEAD_BYTES of them, or the whole file if shorter) look like the type? Text types pass
 * when there is no NUL byte; the caller checks the rest of a text file as it streams.
 */
export function startsLike(type: DocumentType, head: Uint8Array): boolean {
  const signature: Signature = DOCUMENT_TYPES[type].signature;
  switch (signature.kind) {
    case 'prefix':
      return bytesAt(head, 0, signature.bytes);
    case 'opendocument':
      return isOpenDocument(head, signature.mimetype);
    case 'text':
      return !head.includes(0);
  }
}

/**
 * An OpenDocument package is a zip whose first entry is named "mimetype", stored uncompressed, and holds the
 * document's type (ODF 1.2 part 3, section 3.3): so an .odt cannot pass as an .ods, nor any other zip as either.
 */
function isOpenDocument(head: Uint8Array, mimetype: string): boolean {
  if (head.length < 30 || !bytesAt(head, 0, ZIP)) return false;
  const uint16At = (offset: number) => (head[offset] ?? 0) | ((head[offset + 1] ?? 0) << 8);
  const stored = uint16At(8) === 0;
  const nameLength = uint16At(26);
  const extraLength = uint16At(28);
  return (
    stored &&
    nameLength === 8 &&
    bytesAt(head, 30, ascii('mimetype')) &&
    bytesAt(head, 30 + nameLength + extraLength, ascii(mimetype))
  );
}

function bytesAt(head: Uint8Array, offset: number, bytes: readonly number[]): boolean {
  return head.length >= offset + bytes.length && bytes.every((byte, i) => head[offset + i] === byte);
}

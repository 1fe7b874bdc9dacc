import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { InvalidInputError } from '@dhr/platform-domain';
import { IncomingFile } from '../application/document.service';
import { documentTooLarge } from '../domain/document.errors';

export const FILE_FIELD = 'file';

export interface Upload {
  file: IncomingFile;
  /** After a refusal: read what the client is still sending and throw it away (see below). */
  discardRest(): void;
}

/** The one file of a multipart/form-data request, in the field named `file`, still streaming. */
export async function receiveUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new InvalidInputError([{ field: FILE_FIELD, message: 'Send the file as multipart/form-data' }]);
  }
  const part = await request.file();
  if (!part) throw new InvalidInputError([{ field: FILE_FIELD, message: 'Choose a file to attach' }]);
  const upload: Upload = {
    file: { filename: part.filename, contentType: part.mimetype, content: untruncated(part, maxBytes) },
    discardRest: () => discardRest(request, part),
  };
  if (part.fieldname !== FILE_FIELD) {
    upload.discardRest();
    throw new InvalidInputError([
      { field: FILE_FIELD, message: `Send the file in the field named ${FILE_FIELD}` },
    ]);
  }
  return upload;
}

/**
 * An upload refused before its end (not allowed, wrong type) still has bytes on the way. Reading and dropping
 * them lets the client finish sending and read the refusal, where leaving them would stall or reset the
 * connection mid-send. Once the parser has let go of the request, the request is drained directly.
 */
function discardRest(request: FastifyRequest, part: MultipartFile): void {
  if (!part.file.destroyed) part.file.resume();
  else if (!request.raw.readableEnded) request.raw.resume();
}

/** At the size limit the multipart parser ends the file early and only marks it truncated: make that fail. */
async function* untruncated(part: MultipartFile, maxBytes: number): AsyncGenerator<Uint8Array> {
  for await (const chunk of part.file) yield chunk as Buffer;
  if (part.file.truncated) throw documentTooLarge(maxBytes);
}

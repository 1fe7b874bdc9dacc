import type { FastifyRequest } from 'fastify';
import { DomainError, InvalidInputError } from '@dhr/platform-domain';
import { PlanImportOptions, PlanUpload } from '../application/plan-import.service';

const FILE_FIELD = 'file';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** The file (field `file`) and the optional fields of the multipart form, in any order. */
export async function receivePlanUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ upload: PlanUpload; options: PlanImportOptions }> {
  if (!request.isMultipart()) {
    throw new InvalidInputError([{ field: FILE_FIELD, message: 'Send the file as multipart/form-data' }]);
  }
  let upload: PlanUpload | null = null;
  const fields: Record<string, string> = {};
  for await (const part of request.parts({ limits: { fileSize: maxBytes } })) {
    if (part.type === 'file') {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.file.truncated) {
        throw new DomainError(
          'too_large',
          'too_large',
          'The file is larger than the most that can be uploaded.',
        );
      }
      if (part.fieldname === FILE_FIELD) upload = { filename: part.filename, content: Buffer.concat(chunks) };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (!upload) throw new InvalidInputError([{ field: FILE_FIELD, message: 'Choose a file to upload' }]);
  const problems: { field: string; message: string }[] = [];
  let mapping: Record<string, unknown> | null = null;
  if (fields['mapping']?.trim()) {
    try {
      const parsed: unknown = JSON.parse(fields['mapping']);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      mapping = parsed as Record<string, unknown>;
    } catch {
      problems.push({
        field: 'mapping',
        message: 'Give the mapping as a JSON object: {"reference": 1, ...}',
      });
    }
  }
  let agencyAliases: Record<string, string> | null = null;
  if (fields['agencyAliases']?.trim()) {
    const message =
      'Give the lead agencies as a JSON object of the name in the sheet to an agency id: {"WP": "<id>"}';
    try {
      const parsed: unknown = JSON.parse(fields['agencyAliases']);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(message);
      const entries = Object.entries(parsed as Record<string, unknown>);
      if (entries.length > 500 || !entries.every(([, id]) => typeof id === 'string' && UUID.test(id))) {
        throw new Error(message);
      }
      agencyAliases = Object.fromEntries(entries) as Record<string, string>;
    } catch {
      problems.push({ field: 'agencyAliases', message });
    }
  }
  for (const field of ['reviewId', 'defaultLeadAgencyId']) {
    if (fields[field] && !UUID.test(fields[field])) problems.push({ field, message: 'Give an id (a UUID)' });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return {
    upload,
    options: {
      mapping,
      sourceKey: fields['sourceKey']?.trim() || null,
      reviewId: fields['reviewId'] || null,
      defaultLeadAgencyId: fields['defaultLeadAgencyId'] || null,
      agencyAliases,
    },
  };
}

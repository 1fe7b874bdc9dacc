import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@dhr/platform-domain';

/** The ETag of a versioned record: its version number, quoted. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export function setEtag(reply: FastifyReply, version: number): void {
  void reply.header('etag', etagOf(version));
}

/**
 * The version the client last saw, from If-Match. Updates require it: without it a client could overwrite
 * another person's change without knowing, so a missing header is 428 and a stale one becomes 412.
 */
export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext): number => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  if (header === undefined) {
    throw new DomainError(
      'precondition_required',
      'if_match_required',
      'Send the If-Match header with the ETag you received, so your change cannot overwrite someone else’s.',
    );
  }
  const match = /^(?:W\/)?"(\d+)"$/.exec(String(header).trim());
  if (!match) {
    throw new DomainError(
      'invalid',
      'if_match_invalid',
      'If-Match must be an ETag this service gave you, e.g. "3".',
    );
  }
  return Number(match[1]);
});

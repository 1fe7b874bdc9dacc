import type { IncomingMessage } from 'node:http';
import { v7 as uuidv7 } from 'uuid';

const REQUEST_ID = Symbol('requestId');
const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * One id per request, shared by Fastify, the logger and the audit trail. A caller's X-Request-Id is kept
 * when it is a plain token, so a trace can cross services; anything else is replaced, so logs cannot be forged.
 */
export function requestIdFor(raw: IncomingMessage): string {
  const tagged = raw as IncomingMessage & { [REQUEST_ID]?: string };
  if (!tagged[REQUEST_ID]) {
    const offered = raw.headers['x-request-id'];
    tagged[REQUEST_ID] = typeof offered === 'string' && SAFE_ID.test(offered) ? offered : uuidv7();
  }
  return tagged[REQUEST_ID];
}

import type { Test } from 'supertest';
import { signIn } from './scenario';
import { TestApi } from './test-app';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * A request to `/api/v1${path}` as one of the people signed in; with a body, the body is sent; with a version,
 * under If-Match. The response is the test's to expect.
 */
export type Send = (
  who: string,
  method: Method,
  path: string,
  body?: Record<string, unknown>,
  version?: number,
) => Test;

/** Signs each person in: their bearer header values, under the names given. */
export async function signInAll(
  api: TestApi,
  emails: Record<string, string>,
): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const [who, email] of Object.entries(emails)) {
    tokens[who] = (await signIn(api.http, email)).authorization;
  }
  return tokens;
}

/**
 * Requests as the people whose bearer header values `tokens` holds by name. The tokens are read at each request,
 * so people signed in later (added to the same object) can send too.
 */
export function apiAs(api: TestApi, tokens: Record<string, string>): Send {
  return (who, method, path, body, version) => {
    const authorization = tokens[who];
    if (authorization === undefined) throw new Error(`${who} has not signed in`);
    const request = api.http[method](`/api/v1${path}`).set('authorization', authorization);
    if (version !== undefined) request.set('if-match', `"${version}"`);
    return body === undefined ? request : request.send(body);
  };
}

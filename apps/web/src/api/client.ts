import createClient, { Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { currentAccessToken, endSession, refreshSession } from './session-tokens';

export type Schemas = components['schemas'];
export type Me = Schemas['MeResponse'];
export type Role = Me['roles'][number];

interface Sent {
  token: string | undefined;
  copy: Request;
}

// A request's body can be read once, so a copy is kept for the one retry after a refresh.
const sent = new WeakMap<Request, Sent>();

/** Adds the bearer token; on 401 refreshes the session (once, shared by all callers) and retries once. */
const authorisation: Middleware = {
  onRequest({ request }) {
    const token = currentAccessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    sent.set(request, { token, copy: request.clone() });
    return request;
  },
  async onResponse({ request, response }) {
    const original = sent.get(request);
    sent.delete(request);
    const isAuth = new URL(request.url).pathname.startsWith('/api/v1/auth/');
    if (response.status !== 401 || isAuth || !original?.token) return response;
    // another request may already have refreshed while this one was on its way
    if (currentAccessToken() === original.token) {
      const outcome = await refreshSession();
      if (outcome.kind === 'ended') {
        endSession();
        return response;
      }
      if (outcome.kind === 'unreachable') return response;
    }
    const token = currentAccessToken();
    if (!token) return response;
    original.copy.headers.set('authorization', `Bearer ${token}`);
    // a retry the network drops leaves the first answer standing: the page shows it as any other problem
    return fetch(original.copy).catch(() => response);
  },
  onError() {
    // the network failed: answer like the api would, so every page handles it in one way
    return new Response(
      JSON.stringify({
        status: 503,
        code: 'unreachable',
        detail: 'The service cannot be reached. Check your connection, then try again.',
      }),
      { status: 503, headers: { 'content-type': 'application/problem+json' } },
    );
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(authorisation);

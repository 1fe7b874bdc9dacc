import type { components } from './schema';

type SignedIn = components['schemas']['SignedInResponse'];

/** How a refresh went: a new session, an ended one, or no answer (the network, not the session, failed). */
export type RefreshOutcome =
  | { kind: 'refreshed'; signedIn: SignedIn }
  | { kind: 'ended' }
  | { kind: 'unreachable' };

// The access token lives in memory only; the refresh token is an httpOnly cookie this code never sees.
let accessToken: string | undefined;
let refreshing: Promise<RefreshOutcome> | undefined;
const endedListeners = new Set<() => void>();

export function currentAccessToken(): string | undefined {
  return accessToken;
}

export function setAccessToken(token: string | undefined): void {
  accessToken = token;
}

/** Called when the api says the session is over (expired, signed out elsewhere, or a reused refresh token). */
export function onSessionEnded(listener: () => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}

export function endSession(): void {
  accessToken = undefined;
  endedListeners.forEach((listener) => listener());
}

/**
 * Refresh tokens are single-use: a second refresh with the same cookie looks like theft and ends the session.
 * So every caller in this tab shares one refresh in flight, and tabs take turns through a Web Lock (tabs
 * share the cookie). Where Web Locks are missing (plain http off localhost) a tab serialises only itself.
 */
export function refreshSession(): Promise<RefreshOutcome> {
  refreshing ??= withRefreshLock(refreshOnce).finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

async function refreshOnce(): Promise<RefreshOutcome> {
  let response: Response;
  try {
    response = await fetch('/api/v1/auth/refresh', { method: 'POST', credentials: 'same-origin' });
  } catch {
    return { kind: 'unreachable' };
  }
  if (response.status === 401) return { kind: 'ended' };
  if (!response.ok) return { kind: 'unreachable' };
  const signedIn = (await response.json()) as SignedIn;
  accessToken = signedIn.accessToken;
  return { kind: 'refreshed', signedIn };
}

function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Partial<Navigator>).locks;
  return locks ? locks.request('dhr-session-refresh', work) : work();
}

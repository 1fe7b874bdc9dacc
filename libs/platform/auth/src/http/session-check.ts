/**
 * Implemented by the identity context: is this session still live and its user still active?
 * Checked on every request, so sign-out and deactivation take effect at once, not when a token expires.
 */
export interface SessionCheck {
  isLive(sessionId: string, userId: string): Promise<boolean>;
}

export const SESSION_CHECK = Symbol('SESSION_CHECK');

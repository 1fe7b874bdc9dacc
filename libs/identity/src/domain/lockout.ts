export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export interface LoginFailures {
  failedCount: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LoginFailures, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/**
 * One more failed sign-in. The count starts again after a lock has expired; reaching the limit locks the
 * account for the policy's minutes. A locked account answers exactly as a wrong password does.
 */
export function afterFailedLogin(state: LoginFailures, now: Date, policy: LockoutPolicy): LoginFailures {
  const lockExpired = state.lockedUntil !== null && state.lockedUntil <= now;
  const failedCount = (lockExpired ? 0 : state.failedCount) + 1;
  if (failedCount >= policy.maxFailures) {
    return { failedCount, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
  }
  return { failedCount, lockedUntil: lockExpired ? null : state.lockedUntil };
}

export const AFTER_SUCCESSFUL_LOGIN: LoginFailures = { failedCount: 0, lockedUntil: null };

import { AFTER_SUCCESSFUL_LOGIN, afterFailedLogin, isLocked, LoginFailures } from './lockout';

const policy = { maxFailures: 3, lockMinutes: 15 };
const now = new Date('2026-11-24T10:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('lockout', () => {
  it.each<[string, LoginFailures, LoginFailures]>([
    ['counts a first failure', { failedCount: 0, lockedUntil: null }, { failedCount: 1, lockedUntil: null }],
    [
      'counts up to one below the limit',
      { failedCount: 1, lockedUntil: null },
      { failedCount: 2, lockedUntil: null },
    ],
    [
      'locks at the limit',
      { failedCount: 2, lockedUntil: null },
      { failedCount: 3, lockedUntil: minutes(15) },
    ],
    [
      'starts counting again after a lock expired',
      { failedCount: 3, lockedUntil: minutes(-1) },
      { failedCount: 1, lockedUntil: null },
    ],
    [
      'after an expired lock, locks again only at the limit',
      { failedCount: 1, lockedUntil: minutes(-30) },
      { failedCount: 1, lockedUntil: null },
    ],
  ])('%s', (_case, before, after) => {
    expect(afterFailedLogin(before, now, policy)).toEqual(after);
  });

  it('with a limit of one, locks at the first failure', () => {
    expect(afterFailedLogin(AFTER_SUCCESSFUL_LOGIN, now, { maxFailures: 1, lockMinutes: 5 })).toEqual({
      failedCount: 1,
      lockedUntil: minutes(5),
    });
  });

  it('is locked until the lock time, not after', () => {
    expect(isLocked({ failedCount: 3, lockedUntil: minutes(1) }, now)).toBe(true);
    expect(isLocked({ failedCount: 3, lockedUntil: now }, now)).toBe(false);
    expect(isLocked(AFTER_SUCCESSFUL_LOGIN, now)).toBe(false);
  });
});

import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditLog } from '@dhr/audit';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { AccessTokenClaims, Actor } from '@dhr/platform-auth';
import { Db } from '@dhr/platform-database';
import { DomainError, InvalidInputError, UserId } from '@dhr/platform-domain';
import { afterFailedLogin, isLocked } from '../domain/lockout';
import { passwordProblems } from '../domain/password-policy';
import { normaliseEmail, User } from '../domain/user';
import { PasswordTokenRepository } from '../persistence/password-token.repository';
import { SessionRepository } from '../persistence/session.repository';
import { UserRepository } from '../persistence/user.repository';
import { Passwords } from './passwords';
import { hashSecretToken, newSecretToken } from './secret-token';

export interface SignedIn {
  user: User;
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const WRONG_CREDENTIALS = () =>
  new DomainError('unauthenticated', 'invalid_credentials', 'Enter a correct email address and password.');
const SESSION_ENDED = () =>
  new DomainError('unauthenticated', 'session_ended', 'Your session has ended. Sign in again.');

/**
 * Sign-in, refresh with rotation, sign-out and setting a password. Every answer to a failed sign-in is the
 * same, whether the email is unknown, the password wrong or the account locked.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly passwordTokens: PasswordTokenRepository,
    private readonly passwords: Passwords,
    private readonly jwt: JwtService,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, requestId: string): Promise<SignedIn> {
    const now = new Date();
    const credentials = await this.users.credentialsByEmail(normaliseEmail(email), false);
    const locked = credentials !== undefined && isLocked(credentials.failures, now);
    const matches = await this.passwords.verify(
      locked ? null : (credentials?.passwordHash ?? null),
      password,
    );
    if (!credentials) throw WRONG_CREDENTIALS();
    const actor = actorFor(credentials.user, 'sign-in', requestId);

    const outcome = await this.db.transaction(async (): Promise<{ signedIn?: SignedIn }> => {
      const current = await this.users.credentialsByEmail(credentials.user.email, true);
      if (!current) return {};
      if (locked || !matches || current.user.status !== 'active') {
        if (!isLocked(current.failures, now)) {
          const failures = afterFailedLogin(current.failures, now, this.config.loginLockout);
          await this.users.recordFailures(current.user.id, failures);
          await this.audit.record(actor, {
            action: isLocked(failures, now) ? 'user.locked' : 'user.sign-in-failed',
            entityType: 'user',
            entityId: current.user.id,
            after: { failedCount: failures.failedCount, lockedUntil: failures.lockedUntil },
          });
        }
        return {};
      }
      await this.users.recordLogin(current.user.id, now);
      const refreshExpiresAt = new Date(now.getTime() + this.config.refreshTokenTtlDays * 86_400_000);
      const sessionId = await this.sessions.start(current.user.id, refreshExpiresAt);
      await this.audit.record(actor, {
        action: 'session.started',
        entityType: 'session',
        entityId: sessionId,
      });
      return { signedIn: await this.issue(current.user, sessionId, refreshExpiresAt) };
    });
    // the failure count commits even though sign-in is refused
    if (!outcome.signedIn) throw WRONG_CREDENTIALS();
    return outcome.signedIn;
  }

  /** Exchanges a refresh token for a new pair. A token used twice means it leaked: the whole session ends. */
  async refresh(refreshToken: string): Promise<SignedIn> {
    const outcome = await this.db.transaction(async () => {
      const token = await this.sessions.refreshTokenForUpdate(hashSecretToken(refreshToken));
      if (!token) return { error: SESSION_ENDED() };
      const { session } = token;
      if (token.usedAt) {
        if (await this.sessions.revoke(token.sessionId, 'refresh_token_reused')) {
          const user = await this.users.byId(session.userId as UserId);
          if (user) {
            await this.audit.record(actorFor(user, token.sessionId, 'refresh'), {
              action: 'session.revoked-token-reuse',
              entityType: 'session',
              entityId: token.sessionId,
            });
          }
        }
        return { error: SESSION_ENDED() };
      }
      if (session.revokedAt || session.expiresAt <= new Date()) return { error: SESSION_ENDED() };
      const user = await this.users.byId(session.userId as UserId);
      if (!user || user.status !== 'active') return { error: SESSION_ENDED() };
      await this.sessions.markUsed(token.id);
      return { signedIn: await this.issue(user, token.sessionId, session.expiresAt) };
    });
    // the revocation must commit even though the caller is refused
    if ('error' in outcome) throw outcome.error;
    return outcome.signedIn;
  }

  /** Ends the session of a refresh token, audited as the session's user (sign-out needs no access token). */
  async logout(refreshToken: string, requestId: string): Promise<void> {
    await this.db.transaction(async () => {
      const token = await this.sessions.refreshTokenForUpdate(hashSecretToken(refreshToken));
      if (!token || !(await this.sessions.revoke(token.sessionId, 'signed_out'))) return;
      const user = await this.users.byId(token.session.userId as UserId);
      if (!user) return;
      await this.audit.record(actorFor(user, token.sessionId, requestId), {
        action: 'session.ended',
        entityType: 'session',
        entityId: token.sessionId,
      });
    });
  }

  /** Sets a password from a single-use link, activating an invited user. */
  async setPassword(token: string, password: string, requestId: string): Promise<void> {
    await this.db.transaction(async () => {
      const userId = await this.passwordTokens.consume(hashSecretToken(token));
      const user = userId ? await this.users.byId(userId as UserId) : undefined;
      if (!user || user.status === 'deactivated') {
        throw new DomainError(
          'rule_violated',
          'set_password_link_invalid',
          'This link has expired or has already been used. Ask your coordinator for a new one.',
        );
      }
      const problems = passwordProblems(password, user.email);
      if (problems.length > 0)
        throw new InvalidInputError(problems.map((message) => ({ field: 'password', message })));
      await this.users.setPassword(user.id, await this.passwords.hash(password));
      await this.sessions.revokeAllOf(user.id, 'password_set');
      await this.audit.record(actorFor(user, 'set-password', requestId), {
        action: 'user.password-set',
        entityType: 'user',
        entityId: user.id,
        before: { status: user.status },
        after: { status: 'active' },
      });
    });
  }

  private async issue(user: User, sessionId: string, refreshExpiresAt: Date): Promise<SignedIn> {
    const refreshToken = newSecretToken();
    await this.sessions.addRefreshToken(sessionId, hashSecretToken(refreshToken));
    const claims: AccessTokenClaims = {
      sub: user.id,
      sid: sessionId,
      pid: user.partnershipId,
      aid: user.agencyId,
      roles: user.roles,
    };
    return {
      user,
      accessToken: await this.jwt.signAsync(claims),
      expiresIn: this.config.accessTokenTtlSeconds,
      refreshToken,
      refreshExpiresAt,
    };
  }
}

function actorFor(user: User, sessionId: string, requestId: string): Actor {
  return {
    userId: user.id,
    partnershipId: user.partnershipId,
    agencyId: user.agencyId,
    roles: user.roles,
    sessionId,
    requestId,
  };
}

import { Injectable } from '@nestjs/common';
import { Db, newId } from '@dhr/platform-database';
import { LoginSessionEntity } from './login-session.entity';
import { RefreshTokenEntity } from './refresh-token.entity';

export interface RefreshTokenRecord {
  id: string;
  sessionId: string;
  usedAt: Date | null;
  session: { userId: string; expiresAt: Date; revokedAt: Date | null };
}

@Injectable()
export class SessionRepository {
  constructor(private readonly db: Db) {}

  async start(userId: string, expiresAt: Date): Promise<string> {
    const id = newId();
    await this.db.repository(LoginSessionEntity).insert({ id, userId, expiresAt });
    return id;
  }

  async addRefreshToken(sessionId: string, tokenHash: string): Promise<void> {
    await this.db.repository(RefreshTokenEntity).insert({ id: newId(), sessionId, tokenHash });
  }

  /** The token and its session, locked, so two refreshes with one token cannot both succeed. */
  async refreshTokenForUpdate(tokenHash: string): Promise<RefreshTokenRecord | undefined> {
    const token = await this.db
      .repository(RefreshTokenEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.token_hash = :tokenHash', { tokenHash })
      .getOne();
    if (!token) return undefined;
    const session = await this.db.repository(LoginSessionEntity).findOneByOrFail({ id: token.sessionId });
    return { id: token.id, sessionId: token.sessionId, usedAt: token.usedAt, session };
  }

  async markUsed(tokenId: string): Promise<void> {
    await this.db.repository(RefreshTokenEntity).update({ id: tokenId }, { usedAt: new Date() });
  }

  async revoke(sessionId: string, reason: string): Promise<boolean> {
    const result = await this.db.manager.query(
      `UPDATE login_session SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [sessionId, reason],
    );
    return (result as [unknown[], number])[0].length === 1;
  }

  async revokeAllOf(userId: string, reason: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE login_session SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, reason],
    );
  }

  /** Live: not revoked, not expired, and its user still active. One indexed query per request. */
  async isLive(sessionId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `SELECT 1 FROM login_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'active'`,
      [sessionId, userId],
    );
    return rows.length === 1;
  }
}

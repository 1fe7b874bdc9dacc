import { Injectable } from '@nestjs/common';
import { Db, newId } from '@dhr/platform-database';
import { PasswordTokenEntity } from './password-token.entity';

@Injectable()
export class PasswordTokenRepository {
  constructor(private readonly db: Db) {}

  /** Issues a new link and retires any earlier unused one: only the latest link works. */
  async issue(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.db.manager.query(
      `UPDATE password_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    await this.db.repository(PasswordTokenEntity).insert({ id: newId(), userId, tokenHash, expiresAt });
  }

  /** Consumes a valid token; returns its user, or undefined if unknown, used or expired. */
  async consume(tokenHash: string): Promise<string | undefined> {
    const rows: { user_id: string }[] = (
      await this.db.manager.query(
        `UPDATE password_token SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [tokenHash],
      )
    )[0];
    return rows[0]?.user_id;
  }
}

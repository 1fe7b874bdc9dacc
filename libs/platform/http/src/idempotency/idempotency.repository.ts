import { Injectable } from '@nestjs/common';
import { Db, newId } from '@dhr/platform-database';
import { IdempotencyRecordEntity } from './idempotency-record.entity';

export interface StoredResponse {
  fingerprint: string;
  statusCode: number;
  body: unknown;
  etag: string | null;
}

@Injectable()
export class IdempotencyRepository {
  constructor(private readonly db: Db) {}

  /**
   * Claims the key inside the current transaction. A concurrent request with the same key waits on the
   * unique index until this transaction ends, then sees the stored response.
   */
  async claim(userId: string, key: string, fingerprint: string): Promise<boolean> {
    const result = await this.db.manager.query(
      `INSERT INTO idempotency_record (id, user_id, key, fingerprint, status_code)
       VALUES ($1, $2, $3, $4, 0) ON CONFLICT (user_id, key) DO NOTHING RETURNING id`,
      [newId(), userId, key, fingerprint],
    );
    return (result as unknown[]).length === 1;
  }

  async find(userId: string, key: string): Promise<StoredResponse | undefined> {
    const record = await this.db.repository(IdempotencyRecordEntity).findOneBy({ userId, key });
    return record
      ? {
          fingerprint: record.fingerprint,
          statusCode: record.statusCode,
          body: record.responseBody,
          etag: record.etag,
        }
      : undefined;
  }

  async complete(userId: string, key: string, response: Omit<StoredResponse, 'fingerprint'>): Promise<void> {
    await this.db
      .repository(IdempotencyRecordEntity)
      .update(
        { userId, key },
        { statusCode: response.statusCode, responseBody: response.body as object, etag: response.etag },
      );
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    const result = await this.db.manager.query(`DELETE FROM idempotency_record WHERE created_at < $1`, [
      cutoff,
    ]);
    return (result as [unknown, number])[1] ?? 0;
  }
}

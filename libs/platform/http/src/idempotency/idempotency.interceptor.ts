import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DomainError } from '@dhr/platform-domain';
import { Db } from '@dhr/platform-database';
import { IdempotencyRepository } from './idempotency.repository';

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

/**
 * Idempotency-Key on creating requests: the first response is stored in the same transaction as the change
 * it made, and a retry with the same key gets that response again, with nothing written twice.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Db,
    private readonly records: IdempotencyRepository,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: { userId: string } }>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return next.handle();
    const userId = request.user?.userId;
    if (!userId) return next.handle();
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw new DomainError(
        'invalid',
        'idempotency_key_invalid',
        'Idempotency-Key must be 1 to 255 visible ASCII characters.',
      );
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    const fingerprint = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');

    return from(
      this.db.transaction(async () => {
        if (!(await this.records.claim(userId, key, fingerprint))) {
          return this.replay(userId, key, fingerprint, reply);
        }
        const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
        const etag = reply.getHeader('etag');
        await this.records.complete(userId, key, {
          statusCode: status,
          body: body ?? null,
          etag: typeof etag === 'string' ? etag : null,
        });
        return body;
      }),
    );
  }

  private async replay(
    userId: string,
    key: string,
    fingerprint: string,
    reply: FastifyReply,
  ): Promise<unknown> {
    const stored = await this.records.find(userId, key);
    if (!stored || stored.fingerprint !== fingerprint) {
      throw new DomainError(
        'rule_violated',
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
      );
    }
    void reply.status(stored.statusCode).header('idempotent-replayed', 'true');
    if (stored.etag) void reply.header('etag', stored.etag);
    return stored.body;
  }
}

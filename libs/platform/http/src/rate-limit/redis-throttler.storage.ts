import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';

/** A fixed window per key, and a block once the limit is passed, in one atomic step. */
const INCREMENT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), 1, blocked}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, ttl, 1, tonumber(ARGV[3])}
end
return {hits, ttl, 0, 0}`;

const NOT_COUNTED: ThrottlerStorageRecord = {
  totalHits: 0,
  timeToExpire: 0,
  isBlocked: false,
  timeToBlockExpire: 0,
};
const WARN_EVERY_MS = 60_000;
const CONNECT_WAIT_MS = 2_000;

/**
 * Rate-limit counters in Redis, so a limit holds across every api instance rather than per process.
 * (The library's own Redis storage does not support NestJS 12 yet; this is its whole job in a few lines.)
 *
 * Redis holds no record of the system: while it is unreachable the limit is not applied (each account's
 * lockout, kept in PostgreSQL, still is), rather than nobody being able to sign in. Commands fail at once
 * instead of waiting for a connection, so sign-in is not slowed either.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private readonly redis: Redis;
  private readonly prefix: string;
  private lastWarnedAt = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis(config.redisUrl, {
      connectionName: 'dhr-rate-limit',
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
    });
    // connection errors surface as failed commands below; without a listener ioredis prints each attempt
    this.redis.on('error', () => undefined);
    this.prefix = `${config.queuePrefix}:rate-limit`;
  }

  /** Commands do not wait for a connection, so the first sign-ins wait for the first one (or its failure). */
  async onModuleInit(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const settled = () => {
        clearTimeout(timer);
        this.redis.off('ready', settled).off('error', settled);
        resolve();
      };
      const timer = setTimeout(settled, CONNECT_WAIT_MS);
      this.redis.once('ready', settled).once('error', settled);
    });
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    name: string,
  ): Promise<ThrottlerStorageRecord> {
    const base = `${this.prefix}:${name}:${key}`;
    let counted: [number, number, number, number];
    try {
      counted = (await this.redis.eval(
        INCREMENT,
        2,
        `${base}:hits`,
        `${base}:block`,
        ttl,
        limit,
        blockDuration,
      )) as [number, number, number, number];
    } catch (error) {
      this.warnNotCounting(error);
      return NOT_COUNTED;
    }
    const [hits, ttlMs, blocked, blockMs] = counted;
    return {
      totalHits: hits,
      timeToExpire: Math.max(0, Math.ceil(ttlMs / 1000)),
      isBlocked: blocked === 1,
      timeToBlockExpire: Math.max(0, Math.ceil(blockMs / 1000)),
    };
  }

  private warnNotCounting(error: unknown): void {
    if (Date.now() - this.lastWarnedAt < WARN_EVERY_MS) return;
    this.lastWarnedAt = Date.now();
    this.logger.warn(`Rate limits are not applied while Redis is unreachable: ${(error as Error).message}`);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

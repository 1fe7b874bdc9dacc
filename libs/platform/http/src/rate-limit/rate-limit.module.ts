import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { RedisThrottlerStorage } from './redis-throttler.storage';

@Module({ providers: [RedisThrottlerStorage], exports: [RedisThrottlerStorage] })
class RateLimitStorageModule {}

/** @nestjs/throttler with its counters in Redis; routes opt in with @UseGuards(ThrottlerGuard). */
export const RateLimitModule = ThrottlerModule.forRootAsync({
  imports: [RateLimitStorageModule],
  inject: [RedisThrottlerStorage, APP_CONFIG],
  useFactory: (storage: RedisThrottlerStorage, config: AppConfig) => ({
    throttlers: [{ ttl: 60_000, limit: config.signInRateLimitPerMinute }],
    storage,
  }),
});

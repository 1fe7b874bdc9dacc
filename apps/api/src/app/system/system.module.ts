import { Global, Module } from '@nestjs/common';
import { Metrics } from '@dhr/platform-observability';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { RedisClient } from './redis-client';

@Global()
@Module({
  controllers: [HealthController, MetricsController],
  providers: [RedisClient, { provide: Metrics, useFactory: () => new Metrics('api') }],
  exports: [RedisClient, Metrics],
})
export class SystemModule {}

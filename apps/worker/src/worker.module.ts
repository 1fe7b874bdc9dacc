import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditWorkerModule } from '@dhr/audit';
import { DocumentsWorkerModule } from '@dhr/documents';
import { IdentityWorkerModule } from '@dhr/identity';
import { ImrWorkerModule } from '@dhr/imr';
import { NotificationsWorkerModule } from '@dhr/notifications';
import { PartnershipsWorkerModule } from '@dhr/partnerships';
import { LearningWorkerModule, REQUEST_QUARTERLY_UPDATES } from '@dhr/learning';
import { CHECK_REVIEW_CLOCKS, ReviewsWorkerModule } from '@dhr/reviews';
import { AppConfig, ConfigModule } from '@dhr/platform-config';
import { DatabaseModule } from '@dhr/platform-database';
import {
  IdempotencyRecordEntity,
  IdempotencyRepository,
  PURGE_IDEMPOTENCY_RECORDS,
} from '@dhr/platform-http';
import { LoggingModule } from '@dhr/platform-observability';
import { QueueModule, schedule } from '@dhr/platform-queue';
import { PurgeIdempotencyRecordsProcessor } from './maintenance/purge-idempotency-records.processor';
import { DemoLearningSeeder } from './seed/demo-learning';
import { DemoPublishedReviewSeeder } from './seed/demo-published-review';
import { DemoReviewSeeder } from './seed/demo-review';
import { DemoSeeder } from './seed/demo-seeder';

/** Recurring jobs (cron, UTC). */
const SCHEDULES = [
  schedule(PURGE_IDEMPOTENCY_RECORDS, '17 3 * * *', { olderThanHours: 24 }),
  schedule(CHECK_REVIEW_CLOCKS, '0 6 * * *', {}),
  schedule(REQUEST_QUARTERLY_UPDATES, '0 7 * * *', {}),
];

@Module({})
export class WorkerModule {
  /** `processing: false` for one-off commands (seed, create-admin) that must not consume queues. */
  static forRoot(config: AppConfig, processing: boolean): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot({ level: config.logLevel, pretty: config.environment === 'development' }),
        DatabaseModule.forRoot(),
        processing ? QueueModule.forWorker(SCHEDULES) : QueueModule.forProducer(),
        AuditWorkerModule,
        PartnershipsWorkerModule,
        IdentityWorkerModule,
        NotificationsWorkerModule,
        ReviewsWorkerModule,
        LearningWorkerModule,
        ImrWorkerModule,
        // for the demo data: documents (a review's reports, actions' evidence)
        DocumentsWorkerModule,
        TypeOrmModule.forFeature([IdempotencyRecordEntity]),
      ],
      providers: [
        IdempotencyRepository,
        PurgeIdempotencyRecordsProcessor,
        DemoSeeder,
        DemoReviewSeeder,
        DemoPublishedReviewSeeder,
        DemoLearningSeeder,
      ],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@dhr/audit';
import { DocumentsModule } from '@dhr/documents';
import { IdentityModule, SessionCheckService } from '@dhr/identity';
import { ImrModule } from '@dhr/imr';
import { LearningModule } from '@dhr/learning';
import { NotificationsModule } from '@dhr/notifications';
import { PartnershipsModule } from '@dhr/partnerships';
import { ReviewsModule } from '@dhr/reviews';
import { AuthModule } from '@dhr/platform-auth';
import { AppConfig, ConfigModule } from '@dhr/platform-config';
import { DatabaseModule } from '@dhr/platform-database';
import { HttpPlatformModule } from '@dhr/platform-http';
import { LoggingModule } from '@dhr/platform-observability';
import { QueueModule } from '@dhr/platform-queue';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { SystemModule } from './system/system.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot({ level: config.logLevel, pretty: config.environment === 'development' }),
        DatabaseModule.forRoot(),
        QueueModule.forProducer(),
        HttpPlatformModule,
        AuditModule,
        AuthModule.forRoot({ imports: [IdentityModule], sessionCheck: SessionCheckService }),
        PartnershipsModule,
        IdentityModule,
        NotificationsModule,
        DocumentsModule,
        ReviewsModule,
        ImrModule,
        LearningModule,
        SystemModule,
        QueueDashboardModule,
      ],
    };
  }
}

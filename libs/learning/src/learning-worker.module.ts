import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityWorkerModule } from '@dhr/identity';
import { NotificationsWorkerModule } from '@dhr/notifications';
import { PartnershipsWorkerModule } from '@dhr/partnerships';
import { QuarterlyUpdateRequests } from './application/quarterly-update-requests';
import { RequestQuarterlyUpdatesProcessor } from './jobs/request-quarterly-updates.processor';
import { ActionUpdateRequestEntity } from './persistence/action-update-request.entity';
import { ActionEntity } from './persistence/action.entity';
import { ActionRepository } from './persistence/action.repository';

/** For the worker: asking lead officers for their quarterly updates. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ActionEntity, ActionUpdateRequestEntity]),
    IdentityWorkerModule,
    PartnershipsWorkerModule,
    NotificationsWorkerModule,
  ],
  providers: [ActionRepository, QuarterlyUpdateRequests, RequestQuarterlyUpdatesProcessor],
  exports: [QuarterlyUpdateRequests],
})
export class LearningWorkerModule {}

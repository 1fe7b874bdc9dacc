import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityWorkerModule } from '@dhr/identity';
import { NotificationsWorkerModule } from '@dhr/notifications';
import { PartnershipsWorkerModule } from '@dhr/partnerships';
import { ReviewsWorkerModule } from '@dhr/reviews';
import { LearningAccess } from './application/learning-access';
import { PlanImportJobs } from './application/plan-import-jobs';
import { PlanImportWriter } from './application/plan-import-writer';
import { PlanImportService } from './application/plan-import.service';
import { QuarterlyUpdateRequests } from './application/quarterly-update-requests';
import { ImportActionPlanProcessor } from './jobs/import-action-plan.processor';
import { RequestQuarterlyUpdatesProcessor } from './jobs/request-quarterly-updates.processor';
import { ActionMilestoneEntity } from './persistence/action-milestone.entity';
import { ActionRecommendationEntity } from './persistence/action-recommendation.entity';
import { ActionUpdateRequestEntity } from './persistence/action-update-request.entity';
import { ActionEntity } from './persistence/action.entity';
import { ActionRepository } from './persistence/action.repository';
import { PlanImportJobEntity } from './persistence/plan-import-job.entity';
import { PlanImportJobRepository } from './persistence/plan-import-job.repository';
import { ProgressUpdateEntity } from './persistence/progress-update.entity';
import { RecommendationSourceEntity } from './persistence/recommendation-source.entity';
import { RecommendationEntity } from './persistence/recommendation.entity';

/** For the worker: asking lead officers for their quarterly updates, and importing large action plans. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ActionEntity,
      ActionUpdateRequestEntity,
      ActionRecommendationEntity,
      ActionMilestoneEntity,
      ProgressUpdateEntity,
      RecommendationSourceEntity,
      RecommendationEntity,
      PlanImportJobEntity,
    ]),
    IdentityWorkerModule,
    PartnershipsWorkerModule,
    ReviewsWorkerModule,
    NotificationsWorkerModule,
  ],
  providers: [
    ActionRepository,
    QuarterlyUpdateRequests,
    RequestQuarterlyUpdatesProcessor,
    LearningAccess,
    PlanImportService,
    PlanImportWriter,
    PlanImportJobRepository,
    PlanImportJobs,
    ImportActionPlanProcessor,
  ],
  exports: [QuarterlyUpdateRequests],
})
export class LearningWorkerModule {}

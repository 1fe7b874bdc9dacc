import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentOwnersModule } from '@dhr/documents';
import { IdentityWorkerModule } from '@dhr/identity';
import { ImrWorkerModule } from '@dhr/imr';
import { NotificationsWorkerModule } from '@dhr/notifications';
import { PartnershipsWorkerModule } from '@dhr/partnerships';
import { ReviewsWorkerModule } from '@dhr/reviews';
import { ActionChanger } from './application/action-changes';
import { ActionEvidencePolicy } from './application/action-evidence.policy';
import { ActionService } from './application/action.service';
import { LearningAccess } from './application/learning-access';
import { LearningLinks } from './application/learning-links';
import { LessonService } from './application/lesson.service';
import { PlanImportJobs } from './application/plan-import-jobs';
import { PlanImportWriter } from './persistence/plan-import-writer';
import { PlanImportService } from './application/plan-import.service';
import { ProgressService } from './application/progress.service';
import { QuarterlyUpdateRequests } from './application/quarterly-update-requests';
import { RecommendationService } from './application/recommendation.service';
import { ThemeService } from './application/theme.service';
import { ImportActionPlanProcessor } from './jobs/import-action-plan.processor';
import { RequestQuarterlyUpdatesProcessor } from './jobs/request-quarterly-updates.processor';
import { ActionMilestoneEntity } from './persistence/action-milestone.entity';
import { ActionRecommendationEntity } from './persistence/action-recommendation.entity';
import { ActionUpdateRequestEntity } from './persistence/action-update-request.entity';
import { ActionEntity } from './persistence/action.entity';
import { ActionRepository } from './persistence/action.repository';
import { LessonEntity } from './persistence/lesson.entity';
import { LessonRepository } from './persistence/lesson.repository';
import { PlanImportJobEntity } from './persistence/plan-import-job.entity';
import { PlanAgencyNameEntity } from './persistence/plan-agency-name.entity';
import { PlanAgencyNameRepository } from './persistence/plan-agency-name.repository';
import { PlanImportJobRepository } from './persistence/plan-import-job.repository';
import { ProgressUpdateEntity } from './persistence/progress-update.entity';
import { RecommendationSourceEntity } from './persistence/recommendation-source.entity';
import { RecommendationSourceRepository } from './persistence/recommendation-source.repository';
import { RecommendationEntity } from './persistence/recommendation.entity';
import { RecommendationRepository } from './persistence/recommendation.repository';
import { ThemeEntity } from './persistence/theme.entity';
import { ThemeRepository } from './persistence/theme.repository';

/** What the demo data records through: themes, lessons, recommendations, actions and their progress. */
const RECORD_SERVICES = [ThemeService, LessonService, RecommendationService, ActionService, ProgressService];

/**
 * For the worker: asking lead officers for their quarterly updates, importing large action plans, and the
 * services the demo data records the partnership's learning through, without the HTTP side.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ThemeEntity,
      LessonEntity,
      RecommendationSourceEntity,
      RecommendationEntity,
      ActionEntity,
      ActionRecommendationEntity,
      ActionMilestoneEntity,
      ProgressUpdateEntity,
      ActionUpdateRequestEntity,
      PlanImportJobEntity,
      PlanAgencyNameEntity,
    ]),
    IdentityWorkerModule,
    PartnershipsWorkerModule,
    ReviewsWorkerModule,
    ImrWorkerModule,
    NotificationsWorkerModule,
    DocumentOwnersModule,
  ],
  providers: [
    ThemeRepository,
    LessonRepository,
    RecommendationSourceRepository,
    RecommendationRepository,
    ActionRepository,
    PlanImportJobRepository,
    PlanAgencyNameRepository,
    LearningAccess,
    LearningLinks,
    ActionChanger,
    ActionEvidencePolicy,
    ...RECORD_SERVICES,
    QuarterlyUpdateRequests,
    RequestQuarterlyUpdatesProcessor,
    PlanImportService,
    PlanImportWriter,
    PlanImportJobs,
    ImportActionPlanProcessor,
  ],
  exports: [QuarterlyUpdateRequests, ...RECORD_SERVICES],
})
export class LearningWorkerModule {}

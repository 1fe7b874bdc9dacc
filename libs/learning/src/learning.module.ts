import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentOwnersModule } from '@dhr/documents';
import { IdentityModule } from '@dhr/identity';
import { ImrModule } from '@dhr/imr';
import { PartnershipsModule } from '@dhr/partnerships';
import { ReviewsModule } from '@dhr/reviews';
import { ActionChanger } from './application/action-changes';
import { ActionEvidencePolicy } from './application/action-evidence.policy';
import { ActionService } from './application/action.service';
import { LearningAccess } from './application/learning-access';
import { LearningDashboardService } from './application/learning-dashboard.service';
import { PlanExport } from './application/plan-export';
import { LearningLinks } from './application/learning-links';
import { LessonService } from './application/lesson.service';
import { PlanQueries } from './application/plan.queries';
import { PlanImportService } from './application/plan-import.service';
import { PlanImportJobs } from './application/plan-import-jobs';
import { PlanImportWriter } from './persistence/plan-import-writer';
import { PlanImportController } from './http/plan-import.controller';
import { PlanAgencyNamesController } from './http/plan-agency-names.controller';
import { PlanAgencyNames } from './application/plan-agency-names';
import { ProgressService } from './application/progress.service';
import { ReviewActionsSource } from './application/review-actions.source';
import { RecommendationService } from './application/recommendation.service';
import { ThemeService } from './application/theme.service';
import { ActionsController } from './http/actions.controller';
import { LessonsController } from './http/lessons.controller';
import { LearningDashboardController } from './http/learning-dashboard.controller';
import { PlanExportController } from './http/plan-export.controller';
import { RecommendationsController } from './http/recommendations.controller';
import { ThemesController } from './http/themes.controller';
import { ActionMilestoneEntity } from './persistence/action-milestone.entity';
import { ActionRecommendationEntity } from './persistence/action-recommendation.entity';
import { ActionEntity } from './persistence/action.entity';
import { ActionRepository } from './persistence/action.repository';
import { LessonEntity } from './persistence/lesson.entity';
import { LessonRepository } from './persistence/lesson.repository';
import { LearningDashboardRepository } from './persistence/learning-dashboard.repository';
import { ProgressUpdateEntity } from './persistence/progress-update.entity';
import { RecommendationSourceEntity } from './persistence/recommendation-source.entity';
import { RecommendationSourceRepository } from './persistence/recommendation-source.repository';
import { RecommendationEntity } from './persistence/recommendation.entity';
import { RecommendationRepository } from './persistence/recommendation.repository';
import { ThemeEntity } from './persistence/theme.entity';
import { ActionUpdateRequestEntity } from './persistence/action-update-request.entity';
import { ThemeRepository } from './persistence/theme.repository';
import { PlanImportJobEntity } from './persistence/plan-import-job.entity';
import { PlanAgencyNameEntity } from './persistence/plan-agency-name.entity';
import { PlanAgencyNameRepository } from './persistence/plan-agency-name.repository';
import { PlanImportJobRepository } from './persistence/plan-import-job.repository';

const ENTITIES = [
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
];

const REPOSITORIES = [
  ThemeRepository,
  LessonRepository,
  RecommendationSourceRepository,
  RecommendationRepository,
  ActionRepository,
  LearningDashboardRepository,
  PlanImportJobRepository,
  PlanAgencyNameRepository,
];

const SERVICES = [
  LearningAccess,
  ActionChanger,
  ActionService,
  ProgressService,
  PlanQueries,
  ActionEvidencePolicy,
  LearningLinks,
  ThemeService,
  LessonService,
  RecommendationService,
  PlanExport,
  LearningDashboardService,
  ReviewActionsSource,
  PlanImportService,
  PlanImportWriter,
  PlanImportJobs,
  PlanAgencyNames,
];

/** Lessons, recommendations and the action plan that carries them out. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ENTITIES),
    ReviewsModule,
    IdentityModule,
    PartnershipsModule,
    DocumentOwnersModule,
    ImrModule,
  ],
  controllers: [
    ActionsController,
    ThemesController,
    LessonsController,
    RecommendationsController,
    PlanExportController,
    LearningDashboardController,
    PlanImportController,
    PlanAgencyNamesController,
  ],
  providers: [...REPOSITORIES, ...SERVICES],
})
export class LearningModule {}

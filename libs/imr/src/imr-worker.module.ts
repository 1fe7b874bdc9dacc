import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityWorkerModule } from '@dhr/identity';
import { NotificationsWorkerModule } from '@dhr/notifications';
import { PartnershipsWorkerModule } from '@dhr/partnerships';
import { ReviewsWorkerModule } from '@dhr/reviews';
import { ImrAccess } from './application/imr-access';
import { ImrEvidenceSource } from './application/imr-evidence.source';
import { ImrNotices } from './application/imr-notices';
import { ScopingService } from './application/scoping.service';
import { ChronologyCheckRunner } from './application/chronology-check.runner';
import { AgencyNames } from './application/chronology-items';
import { ImrDirectory } from './application/imr-directory';
import { CheckChronologyDuplicatesProcessor } from './jobs/check-chronology-duplicates.processor';
import { ChronologyCheckEntity } from './persistence/chronology-check.entity';
import { ChronologyCheckRepository } from './persistence/chronology-check.repository';
import { ChronologyDuplicateEntity } from './persistence/chronology-duplicate.entity';
import { ChronologyEntryEntity } from './persistence/chronology-entry.entity';
import { CombinedChronologyRepository } from './persistence/combined-chronology.repository';
import { ImrAnswerEntity } from './persistence/imr-answer.entity';
import { ImrContentRepository } from './persistence/imr-content.repository';
import { ImrFindingEntity } from './persistence/imr-finding.entity';
import { ImrRecommendationEntity } from './persistence/imr-recommendation.entity';
import { ImrRequestEntity } from './persistence/imr-request.entity';
import { ImrRequestRepository } from './persistence/imr-request.repository';

/**
 * For the worker: the IMR context's jobs (the duplicate check of a combined chronology), scoping for demo data,
 * and the directory the learning context asks about a review's IMRs.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ChronologyEntryEntity,
      ChronologyCheckEntity,
      ChronologyDuplicateEntity,
      ImrRequestEntity,
      ImrAnswerEntity,
      ImrFindingEntity,
      ImrRecommendationEntity,
    ]),
    PartnershipsWorkerModule,
    ReviewsWorkerModule,
    IdentityWorkerModule,
    NotificationsWorkerModule,
  ],
  providers: [
    ChronologyCheckRepository,
    CombinedChronologyRepository,
    AgencyNames,
    ChronologyCheckRunner,
    CheckChronologyDuplicatesProcessor,
    ImrRequestRepository,
    ImrAccess,
    ImrNotices,
    ScopingService,
    ImrEvidenceSource,
    ImrContentRepository,
    ImrDirectory,
  ],
  exports: [ChronologyCheckRunner, ScopingService, ImrDirectory],
})
export class ImrWorkerModule {}

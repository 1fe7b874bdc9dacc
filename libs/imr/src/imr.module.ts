import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@dhr/identity';
import { NotificationsModule } from '@dhr/notifications';
import { PartnershipsModule } from '@dhr/partnerships';
import { ReviewsModule } from '@dhr/reviews';
import { ChronologyImportService } from './application/chronology-import.service';
import { ChronologyService } from './application/chronology.service';
import { AgencyNames } from './application/chronology-items';
import { CombinedChronologyService } from './application/combined-chronology.service';
import { ImrAccess } from './application/imr-access';
import { ImrDirectory } from './application/imr-directory';
import { ImrEvidenceSource } from './application/imr-evidence.source';
import { ImrAuthoringService } from './application/imr-authoring.service';
import { ImrChanger } from './application/imr-changes';
import { ImrDecisionsService } from './application/imr-decisions.service';
import { ImrNotices } from './application/imr-notices';
import { ImrQueries } from './application/imr.queries';
import { ScopingService } from './application/scoping.service';
import { ChronologyImportController } from './http/chronology-import.controller';
import { ChronologyController } from './http/chronology.controller';
import { CombinedChronologyController } from './http/combined-chronology.controller';
import { ImrRequestsController } from './http/imr-requests.controller';
import { ReviewImrRequestsController } from './http/review-imr-requests.controller';
import { ReviewReferences } from './http/review-references';
import { ChronologyEntryEntity } from './persistence/chronology-entry.entity';
import { ChronologyEntryRepository } from './persistence/chronology-entry.repository';
import { ChronologyLinkEntity } from './persistence/chronology-link.entity';
import { ChronologyCheckEntity } from './persistence/chronology-check.entity';
import { ChronologyCheckRepository } from './persistence/chronology-check.repository';
import { ChronologyDuplicateEntity } from './persistence/chronology-duplicate.entity';
import { ChronologyLinkRepository } from './persistence/chronology-link.repository';
import { CombinedChronologyRepository } from './persistence/combined-chronology.repository';
import { ImrAnswerEntity } from './persistence/imr-answer.entity';
import { ImrContentRepository } from './persistence/imr-content.repository';
import { ImrFindingEntity } from './persistence/imr-finding.entity';
import { ImrRecommendationEntity } from './persistence/imr-recommendation.entity';
import { ImrRequestEntity } from './persistence/imr-request.entity';
import { ImrRequestRepository } from './persistence/imr-request.repository';
import { ImrRevisionEntity } from './persistence/imr-revision.entity';
import { ImrRevisionRepository } from './persistence/imr-revision.repository';

const ENTITIES = [
  ImrRequestEntity,
  ImrAnswerEntity,
  ImrFindingEntity,
  ImrRecommendationEntity,
  ImrRevisionEntity,
  ChronologyEntryEntity,
  ChronologyLinkEntity,
  ChronologyCheckEntity,
  ChronologyDuplicateEntity,
];

const REPOSITORIES = [
  ImrRequestRepository,
  ImrContentRepository,
  ImrRevisionRepository,
  ChronologyEntryRepository,
  CombinedChronologyRepository,
  ChronologyCheckRepository,
  ChronologyLinkRepository,
];

const SERVICES = [
  ImrAccess,
  ImrChanger,
  ImrNotices,
  ImrQueries,
  ScopingService,
  ImrAuthoringService,
  ImrDecisionsService,
  ChronologyService,
  ImrEvidenceSource,
  ChronologyImportService,
  AgencyNames,
  CombinedChronologyService,
  ImrDirectory,
];

/** Individual Management Reviews and the agencies' chronologies. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ENTITIES),
    ReviewsModule,
    IdentityModule,
    PartnershipsModule,
    NotificationsModule,
  ],
  controllers: [
    ReviewImrRequestsController,
    ImrRequestsController,
    ChronologyController,
    ChronologyImportController,
    CombinedChronologyController,
  ],
  providers: [...REPOSITORIES, ...SERVICES, ReviewReferences],
  exports: [ImrDirectory],
})
export class ImrModule {}

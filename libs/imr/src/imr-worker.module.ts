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
import { CheckChronologyDuplicatesProcessor } from './jobs/check-chronology-duplicates.processor';
import { ChronologyCheckEntity } from './persistence/chronology-check.entity';
import { ChronologyCheckRepository } from './persistence/chronology-check.repository';
import { ChronologyDuplicateEntity } from './persistence/chronology-duplicate.entity';
import { ChronologyEntryEntity } from './persistence/chronology-entry.entity';
import { CombinedChronologyRepository } from './persistence/combined-chronology.repository';
import { ImrRequestEntity } from './persistence/imr-request.entity';
import { ImrRequestRepository } from './persistence/imr-request.repository';

/** For the worker: the IMR context's jobs (the duplicate check of a combined chronology), and scoping for demo data. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ChronologyEntryEntity,
      ChronologyCheckEntity,
      ChronologyDuplicateEntity,
      ImrRequestEntity,
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
  ],
  exports: [ChronologyCheckRunner, ScopingService],
})
export class ImrWorkerModule {}

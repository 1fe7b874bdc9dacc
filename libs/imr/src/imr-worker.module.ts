import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnershipsWorkerModule } from '@dhr/partnerships';
import { ChronologyCheckRunner } from './application/chronology-check.runner';
import { AgencyNames } from './application/chronology-items';
import { CheckChronologyDuplicatesProcessor } from './jobs/check-chronology-duplicates.processor';
import { ChronologyCheckEntity } from './persistence/chronology-check.entity';
import { ChronologyCheckRepository } from './persistence/chronology-check.repository';
import { ChronologyDuplicateEntity } from './persistence/chronology-duplicate.entity';
import { ChronologyEntryEntity } from './persistence/chronology-entry.entity';
import { CombinedChronologyRepository } from './persistence/combined-chronology.repository';

/** For the worker: the IMR context's jobs (the duplicate check of a combined chronology). */
@Module({
  imports: [
    TypeOrmModule.forFeature([ChronologyEntryEntity, ChronologyCheckEntity, ChronologyDuplicateEntity]),
    PartnershipsWorkerModule,
  ],
  providers: [
    ChronologyCheckRepository,
    CombinedChronologyRepository,
    AgencyNames,
    ChronologyCheckRunner,
    CheckChronologyDuplicatesProcessor,
  ],
  exports: [ChronologyCheckRunner],
})
export class ImrWorkerModule {}

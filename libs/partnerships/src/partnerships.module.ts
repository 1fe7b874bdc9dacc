import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencyService } from './application/agency.service';
import { PartnershipDirectory } from './application/partnership-directory';
import { PartnershipService } from './application/partnership.service';
import { AgenciesController } from './http/agencies.controller';
import { PartnershipsController } from './http/partnerships.controller';
import { AgencyEntity } from './persistence/agency.entity';
import { AgencyRepository } from './persistence/agency.repository';
import { PartnershipEntity } from './persistence/partnership.entity';
import { PartnershipRepository } from './persistence/partnership.repository';

const providers = [
  PartnershipService,
  AgencyService,
  PartnershipDirectory,
  PartnershipRepository,
  AgencyRepository,
];

@Module({
  imports: [TypeOrmModule.forFeature([PartnershipEntity, AgencyEntity])],
  controllers: [PartnershipsController, AgenciesController],
  providers,
  exports: [PartnershipDirectory, PartnershipService, AgencyService],
})
export class PartnershipsModule {}

/** For the worker (seeding, jobs): the services without controllers. */
@Module({
  imports: [TypeOrmModule.forFeature([PartnershipEntity, AgencyEntity])],
  providers,
  exports: [PartnershipDirectory, PartnershipService, AgencyService],
})
export class PartnershipsWorkerModule {}

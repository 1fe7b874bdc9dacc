import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog } from './application/audit-log';
import { AuditController } from './http/audit.controller';
import { AuditEventEntity } from './persistence/audit-event.entity';
import { AuditEventRepository } from './persistence/audit-event.repository';

/** The audit trail, for every context (global) and the coordinator's audit list. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditLog, AuditEventRepository],
  controllers: [AuditController],
  exports: [AuditLog],
})
export class AuditModule {}

/** For the worker: the audit trail without the HTTP controller. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditLog, AuditEventRepository],
  exports: [AuditLog],
})
export class AuditWorkerModule {}

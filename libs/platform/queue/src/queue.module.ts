import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JOB_SCHEDULES, JobRuntime } from './job-runtime';
import { Schedule } from './job-scheduler';
import { Outbox } from './outbox';
import { OutboxMessageEntity } from './outbox-message.entity';

@Global()
@Module({})
export class QueueModule {
  /** For processes that only enqueue (the api): the outbox. */
  static forProducer(): DynamicModule {
    return {
      module: QueueModule,
      imports: [TypeOrmModule.forFeature([OutboxMessageEntity])],
      providers: [Outbox],
      exports: [Outbox],
    };
  }

  /** For the worker: the outbox plus the runtime that relays and processes. */
  static forWorker(schedules: Schedule<unknown>[]): DynamicModule {
    return {
      module: QueueModule,
      imports: [DiscoveryModule, TypeOrmModule.forFeature([OutboxMessageEntity])],
      providers: [Outbox, JobRuntime, { provide: JOB_SCHEDULES, useValue: schedules }],
      exports: [Outbox],
    };
  }
}

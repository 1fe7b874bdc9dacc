import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { isUuid } from '@dhr/platform-database';
import { definedJobs, JobEnvelope } from './job';
import { JOB_PROCESSOR, JobProcessor } from './job-processor';
import { registerSchedule, Schedule } from './job-scheduler';
import { OutboxRelay } from './outbox-relay';
import { redisConnection } from './redis';

export const JOB_SCHEDULES = Symbol('JOB_SCHEDULES');

/**
 * The worker's engine: finds one processor per defined job (refusing to start otherwise), runs a BullMQ
 * worker per queue, relays the outbox, and registers the recurring schedules.
 */
@Injectable()
export class JobRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRuntime.name);
  private readonly processors = new Map<string, JobProcessor<unknown>>();
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private connection: Redis | undefined;
  /** BullMQ does not close a connection it is given, so the runtime closes each one it made */
  private readonly connections: Redis[] = [];
  private relayTimer: NodeJS.Timeout | undefined;
  private relaying: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_SCHEDULES) private readonly schedules: Schedule<unknown>[],
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.collectProcessors();
    this.connection = redisConnection(this.config.redisUrl, 'dhr-worker');
    const queueNames = new Set(definedJobs().map((job) => job.queue));
    for (const name of queueNames) {
      this.workers.push(
        new Worker(name, (job) => this.run(job), {
          connection: this.newConnection(),
          prefix: this.config.queuePrefix,
          concurrency: 5,
          lockDuration: this.config.queueLockMs,
          stalledInterval: Math.max(1_000, Math.floor(this.config.queueLockMs / 2)),
        }),
      );
    }
    for (const entry of this.schedules) await registerSchedule(this.queue(entry.job.queue), entry);
    const relay = new OutboxRelay(this.dataSource, (name) => this.queue(name));
    this.relayTimer = setInterval(() => {
      this.relaying ??= this.relayOnce(relay).finally(() => (this.relaying = undefined));
    }, this.config.outboxPollMs);
    this.logger.log(`Processing ${this.processors.size} jobs on queues: ${[...queueNames].join(', ')}`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.relayTimer);
    await this.relaying;
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    for (const connection of this.connections) connection.disconnect();
    this.connection?.disconnect();
  }

  private newConnection(): Redis {
    if (!this.connection) throw new Error('The job runtime has not started');
    const connection = this.connection.duplicate();
    this.connections.push(connection);
    return connection;
  }

  private collectProcessors(): void {
    const duplicates: string[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobProcessor<unknown> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const name = this.reflector.get<string | undefined>(JOB_PROCESSOR, wrapper.metatype);
      if (!name) continue;
      if (this.processors.has(name)) duplicates.push(name);
      this.processors.set(name, instance);
    }
    const missing = definedJobs()
      .map((job) => job.name)
      .filter((name) => !this.processors.has(name));
    if (missing.length > 0 || duplicates.length > 0) {
      throw new Error(
        [
          missing.length > 0 ? `No processor for jobs: ${missing.join(', ')}` : '',
          duplicates.length > 0 ? `More than one processor for jobs: ${duplicates.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('. ') + '. The worker will not start.',
      );
    }
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.newConnection(), prefix: this.config.queuePrefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  private async run(job: Job<JobEnvelope<unknown>>): Promise<void> {
    const processor = this.processors.get(job.name);
    if (!processor) throw new Error(`No processor for ${job.name}`);
    await processor.process(job.data.payload, { jobId: String(job.id), attempt: job.attemptsMade + 1 });
    // relayed jobs carry their outbox id; scheduled ones (no outbox row) do not
    const id = String(job.id);
    if (isUuid(id)) {
      await this.dataSource.query(
        `UPDATE outbox_message SET processed_at = now() WHERE id = $1 AND processed_at IS NULL`,
        [id],
      );
    }
  }

  /** Relays until the outbox is empty; one run at a time, and shutdown waits for the run in progress. */
  private async relayOnce(relay: OutboxRelay): Promise<void> {
    try {
      while (!this.stopped && (await relay.relayBatch()) > 0);
    } catch (error) {
      this.logger.warn(`Outbox relay failed, will retry: ${(error as Error).message}`);
    }
  }
}

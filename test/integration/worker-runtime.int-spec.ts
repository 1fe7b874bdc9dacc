import { Injectable, Module } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule, loadConfig } from '@dhr/platform-config';
import { DatabaseModule, Db, newId } from '@dhr/platform-database';
import { defineJob, JobContext, JobProcessor, Outbox, ProcessesJob, QueueModule } from '@dhr/platform-queue';
// only the platform is loaded here, so the one job this file defines is every job the runtime must handle
import { freshDatabase, FreshDatabase } from '../support/fresh-database';

interface ReminderPayload {
  reviewId: string;
}
const SEND_REMINDER = defineJob<ReminderPayload>('runtimetest.send-reminder');

@Injectable()
@ProcessesJob(SEND_REMINDER)
class SendReminderProcessor implements JobProcessor<ReminderPayload> {
  readonly handled: { reviewId: string; jobId: string }[] = [];

  process(payload: ReminderPayload, context: JobContext): Promise<void> {
    this.handled.push({ reviewId: payload.reviewId, jobId: context.jobId });
    return Promise.resolve();
  }
}

const openSockets = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;

async function eventually(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The worker's engine on real PostgreSQL and Redis: outbox → BullMQ → processor → processed, then a clean stop. */
describe('the job runtime', () => {
  let database: FreshDatabase;
  let worker: TestingModule;
  let socketsBefore: number;

  beforeAll(async () => {
    socketsBefore = openSockets();
    database = await freshDatabase('runtime');
    // the set-up's own connections close a moment after they end
    await eventually('the set-up has closed its connections', () => openSockets() <= socketsBefore, 3_000);
  });
  afterAll(() => database?.drop());

  it('runs each job written to the outbox once, marks it processed, and closes every connection on shutdown', async () => {
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `${process.env['QUEUE_PREFIX']}-runtime-${newId()}`,
      OUTBOX_POLL_MS: '50',
    });
    @Module({
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule.forWorker([])],
      providers: [SendReminderProcessor],
    })
    class ReminderWorker {}
    worker = await Test.createTestingModule({ imports: [ReminderWorker] }).compile();
    worker.useLogger(false);

    const outbox = worker.get(Outbox);
    const ids = await worker.get(Db).transaction(async () => {
      const enqueued: string[] = [];
      for (const reviewId of ['r1', 'r2', 'r3', 'r4', 'r5'])
        enqueued.push(await outbox.enqueue(SEND_REMINDER, { reviewId }));
      return enqueued;
    });
    await worker.init();
    const dataSource = worker.get(DataSource);
    await eventually(
      'every outbox message is processed',
      async () =>
        (
          await dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE processed_at IS NULL`)
        )[0].n === 0,
    );
    const handled = worker.get(SendReminderProcessor).handled;
    expect(handled.map((h) => h.reviewId).sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(handled.map((h) => h.jobId).sort()).toEqual([...ids].sort());

    await worker.close();
    // a connection left open keeps a worker process (and this test run) alive after shutdown
    await eventually(
      'every Redis and database connection is closed',
      () => openSockets() <= socketsBefore,
      3_000,
    );
  });
});

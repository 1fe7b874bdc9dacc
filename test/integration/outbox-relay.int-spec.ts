import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { dataSourceOptions, newId } from '@dhr/platform-database';
import { defineJob, OutboxMessageEntity, OutboxRelay, redisConnection } from '@dhr/platform-queue';
// only the platform is loaded here: the jobs this "worker" knows are the ones this file defines
import { freshDatabase, FreshDatabase } from '../support/fresh-database';

const SEND_REMINDER = defineJob<{ reviewId: string }>('relaytest.send-reminder');
/** A job written by a newer release of the api that this worker does not know yet (a rolling deploy). */
const FROM_A_NEWER_RELEASE = 'relaytest.generate-overview-report';

describe('the outbox relay', () => {
  let database: FreshDatabase;
  let dataSource: DataSource;
  let connection: Redis;
  let queue: Queue;
  let relay: OutboxRelay;

  beforeAll(async () => {
    database = await freshDatabase('relay');
    dataSource = new DataSource(dataSourceOptions(database.url, [OutboxMessageEntity]));
    await dataSource.initialize();
    connection = redisConnection(process.env['REDIS_URL']!, 'dhr-test-relay');
    queue = new Queue(SEND_REMINDER.queue, {
      connection,
      prefix: `${process.env['QUEUE_PREFIX']}-relay-${newId()}`,
    });
    relay = new OutboxRelay(dataSource, (name) => {
      if (name !== SEND_REMINDER.queue) throw new Error(`relayed to an unexpected queue: ${name}`);
      return queue;
    });
  });
  afterAll(async () => {
    await queue?.obliterate({ force: true });
    await queue?.close();
    connection?.disconnect();
    await dataSource?.destroy();
    await database?.drop();
  });

  const write = async (jobName: string, payload: object): Promise<string> => {
    const id = newId();
    await dataSource.query(
      `INSERT INTO outbox_message (id, job_name, payload_version, payload) VALUES ($1, $2, 1, $3)`,
      [id, jobName, JSON.stringify(payload)],
    );
    return id;
  };
  const relayedAt = async (id: string): Promise<Date | null> =>
    (await dataSource.query(`SELECT relayed_at FROM outbox_message WHERE id = $1`, [id]))[0].relayed_at;

  it('hands each message to BullMQ once, with the outbox id as the job id', async () => {
    const ids = [
      await write(SEND_REMINDER.name, { reviewId: 'a' }),
      await write(SEND_REMINDER.name, { reviewId: 'b' }),
    ];
    expect(await relay.relayBatch()).toBe(2);
    expect(await relay.relayBatch()).toBe(0);
    const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized']);
    expect(jobs.map((job) => job.id).sort()).toEqual([...ids].sort());
    expect(jobs.find((job) => job.id === ids[0])?.data).toEqual({ v: 1, payload: { reviewId: 'a' } });
    for (const id of ids) expect(await relayedAt(id)).not.toBeNull();
  });

  it('leaves a job it does not know for a worker that does, without blocking the rest or spinning', async () => {
    // more unknown messages than one batch, all older than the one this worker can relay
    const unknown: string[] = [];
    for (let i = 0; i < 201; i++) unknown.push(await write(FROM_A_NEWER_RELEASE, { n: i }));
    const known = await write(SEND_REMINDER.name, { reviewId: 'c' });

    await relay.relayBatch();
    expect(await relayedAt(known)).not.toBeNull();
    // nothing left that this worker can relay: the relay loop (relay while a batch is non-empty) must stop
    expect(await relay.relayBatch()).toBe(0);
    const pending = await dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE id = ANY($1) AND relayed_at IS NULL`,
      [unknown],
    );
    expect(pending[0].n).toBe(unknown.length);
  });
});

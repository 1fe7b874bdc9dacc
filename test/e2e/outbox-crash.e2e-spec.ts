import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { DELIVER_EMAIL } from '@dhr/notifications';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';
import { WorkerProcess } from '../support/worker-process';

const INVITED_USERS = 150;

/**
 * A job enqueued through the outbox has its effect exactly once, even when the worker is killed with SIGKILL
 * in the middle of the work and started again. The effect here: each invitation email is delivered once.
 * The worker writes "Email <id> delivered to the local mailbox" only when its conditional update marks the
 * email delivered, so one line per email across both runs means one delivery per email.
 */
describe('outbox through a worker crash', () => {
  let api: TestApi;
  let partnership: TestPartnership;
  let redis: Redis;
  let notificationsQueue: Queue;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    partnership = await givenPartnership(api, 'Crash');
    redis = new Redis(api.config.redisUrl, { maxRetriesPerRequest: null });
    notificationsQueue = new Queue(DELIVER_EMAIL.queue, {
      connection: redis,
      prefix: api.config.queuePrefix,
    });
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await notificationsQueue?.close();
    redis?.disconnect();
    await api?.close();
  });

  const startWorker = () => {
    const worker = new WorkerProcess({
      DATABASE_URL: api.config.databaseUrl,
      REDIS_URL: api.config.redisUrl,
      QUEUE_PREFIX: api.config.queuePrefix,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      QUEUE_LOCK_MS: '2000',
      OUTBOX_POLL_MS: '100',
    });
    workers.push(worker);
    return worker;
  };
  const allOutput = () => workers.map((worker) => worker.output).join('');
  const deliveryLines = (output: string, emailId: string) =>
    output.split(`Email ${emailId} delivered to the local mailbox`).length - 1;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const waitUntil = async (what: string, done: () => Promise<boolean>, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await done())) {
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${what}\n${allOutput().slice(-3000)}`);
      await sleep(50);
    }
  };

  it('delivers every invitation exactly once across a SIGKILL and a restart', async () => {
    const { authorization } = await signIn(api.http, partnership.coordinator.email);
    const userIds: string[] = [];
    for (let i = 0; i < INVITED_USERS; i++) {
      const created = await api.http
        .post('/api/v1/users')
        .set('authorization', authorization)
        .send({
          email: `crash-${i}-${Date.now()}@test.example`,
          displayName: `Crash Test ${i}`,
          roles: ['csp_chair'],
        })
        .expect(201);
      userIds.push(created.body.id as string);
    }
    const db = api.app.get(DataSource);
    const emailIds: string[] = (
      await db.query(
        `SELECT e.id FROM email_message e JOIN app_user u ON u.email = e.to_address WHERE u.id = ANY($1)`,
        [userIds],
      )
    ).map((row: { id: string }) => row.id);
    expect(emailIds).toHaveLength(INVITED_USERS);
    const deliveredIds = async (): Promise<string[]> =>
      (
        await db.query(`SELECT id FROM email_message WHERE id = ANY($1) AND delivered_at IS NOT NULL`, [
          emailIds,
        ])
      ).map((row: { id: string }) => row.id);

    const first = startWorker();
    await waitUntil('the first deliveries', async () => (await deliveredIds()).length > 0, 30_000);
    // Kill it mid-work, at an instant when every delivery it has made is in its output: frozen (SIGSTOP), a
    // delivery can be committed with its line still unwritten; then let it run a moment and look again.
    let killed = false;
    for (let attempt = 0; attempt < 200 && !killed; attempt++) {
      first.pause();
      await sleep(100);
      const delivered = await deliveredIds();
      if (delivered.length === INVITED_USERS) break;
      const inProgress = await notificationsQueue.getActiveCount();
      if (inProgress > 0 && delivered.every((id) => deliveryLines(first.output, id) === 1)) {
        await first.kill();
        killed = true;
      } else {
        first.resume();
        await sleep(5 + Math.random() * 20);
      }
    }
    if (!killed) {
      throw new Error(`The worker finished before it could be killed mid-job\n${allOutput().slice(-3000)}`);
    }
    const deliveredBeforeTheCrash = (await deliveredIds()).length;
    expect(deliveredBeforeTheCrash).toBeGreaterThan(0);
    expect(deliveredBeforeTheCrash).toBeLessThan(INVITED_USERS);
    // the jobs it held are still marked active in Redis: only their lock expiring hands them on
    expect(await notificationsQueue.getActiveCount()).toBeGreaterThan(0);

    const second = startWorker();
    await waitUntil('every delivery', async () => (await deliveredIds()).length === INVITED_USERS, 60_000);
    await waitUntil(
      'every outbox message processed',
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM outbox_message
              WHERE job_name = $1 AND processed_at IS NULL AND payload->>'emailId' = ANY($2)`,
            [DELIVER_EMAIL.name, emailIds],
          )
        )[0].n === 0,
      30_000,
    );
    if ((await second.stop()) !== 'stopped') {
      throw new Error(`The worker did not stop within 10 s of SIGTERM\n${allOutput().slice(-3000)}`);
    }

    const output = allOutput();
    const linesPerEmail = new Map(emailIds.map((id) => [id, deliveryLines(output, id)]));
    expect([...linesPerEmail.entries()].filter(([, lines]) => lines !== 1)).toEqual([]);
  });
});

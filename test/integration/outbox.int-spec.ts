import { DataSource } from 'typeorm';
import { Db } from '@dhr/platform-database';
import { defineJob, Outbox } from '@dhr/platform-queue';
import { startTestApi, TestApi } from '../support';

const PING = defineJob<{ n: number }>('testing.send-ping');

describe('outbox', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const pending = async () =>
    (
      await api.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM outbox_message WHERE job_name = $1`, [PING.name])
    )[0].n as number;

  it('refuses to enqueue outside the change’s transaction', async () => {
    await expect(api.app.get(Outbox).enqueue(PING, { n: 1 })).rejects.toThrow(/inside a transaction/);
  });

  it('keeps the job only if the change commits', async () => {
    const db = api.app.get(Db);
    const outbox = api.app.get(Outbox);
    await expect(
      db.transaction(async () => {
        await outbox.enqueue(PING, { n: 1 });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await pending()).toBe(0);
    await db.transaction(() => outbox.enqueue(PING, { n: 2 }));
    expect(await pending()).toBe(1);
  });
});

import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { QuarterlyUpdateRequests } from '@dhr/learning';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';
// the worker's own composition, without consuming queues
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WorkerModule } from '../../apps/worker/src/worker.module';

/** Each quarter, the lead officers of actions not yet updated are asked once, by email, naming the actions. */
describe('quarterly update requests', () => {
  let api: TestApi;
  let worker: TestingModule;
  let a: TestPartnership;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config, false)] }).compile();
    await worker.init();
    a = await givenPartnership(api, 'Quarterly');
    coordinator = (await signIn(api.http, a.coordinator.email)).authorization;
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const createAction = async (reference: string, agencyId: string, leadOfficerUserId: string | null) =>
    (
      await api.http
        .post('/api/v1/actions')
        .set('authorization', coordinator)
        .send({
          reference,
          description: `Action ${reference}`,
          leadAgencyId: agencyId,
          leadOfficerUserId,
          targetDate: '2099-03-31',
          recommendationIds: [],
          milestones: [],
        })
        .expect(201)
    ).body as { id: string; version: number };
  const emails = (): Promise<{ to_address: string; subject: string; body: string }[]> =>
    api.app
      .get(DataSource)
      .query(
        `SELECT to_address, subject, body FROM email_message WHERE partnership_id = $1 AND subject LIKE 'Action plan:%'`,
        [a.id],
      );

  it('asks each lead officer once a quarter about the actions they have not updated in it', async () => {
    await createAction('Q-1', a.agencies.health, a.leadOfficer.id);
    await createAction('Q-2', a.agencies.health, null);
    const updated = await createAction('Q-3', a.agencies.health, a.leadOfficer.id);
    // an update this quarter means nothing is due for that action
    await api.http
      .post(`/api/v1/actions/${updated.id}/progress-updates`)
      .set('authorization', coordinator)
      .set('if-match', `"${updated.version}"`)
      .send({ reportedOn: new Date().toISOString().slice(0, 10), rag: 'amber', narrative: 'Under way.' })
      .expect(200);

    const requests = worker.get(QuarterlyUpdateRequests);
    expect(await requests.request(a.id)).toBe(2);
    expect(await requests.request(a.id)).toBe(0);
    await requests.requestAll();

    const sent = await emails();
    // both actions go to the health agency's lead officer: one named, one for the agency's lead officers
    expect(sent.map((e) => e.to_address)).toEqual([a.leadOfficer.email]);
    expect(sent[0]!.body).toContain('- Q-1');
    expect(sent[0]!.body).toContain('- Q-2');
    expect(sent[0]!.body).not.toContain('Q-3');
    expect(sent[0]!.subject).toMatch(/^Action plan: your Q\d \d{4} update is due \(2 actions\)$/);
  });
});

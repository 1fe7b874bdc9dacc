import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ImportActionPlanProcessor } from '@dhr/learning';
import { AgencyService } from '@dhr/partnerships';
import { inPartnership, systemActor } from '@dhr/platform-auth';
import { PartnershipId } from '@dhr/platform-domain';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';
// the worker's own composition, without consuming queues
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WorkerModule } from '../../apps/worker/src/worker.module';

const HEADER = 'Ref,Action,Lead agency,Lead officer,Target date,Progress,RAG,Date of update';

/** A plan of `count` actions numbered from 1, led in turn by the two agencies. */
function plan(count: number, lead: (n: number) => string, extra = ''): Buffer {
  const lines = [HEADER];
  for (let n = 1; n <= count; n++) {
    lines.push(
      `${n},"Action ${n}: audit the referral pathway${extra}",${lead(n)},Officer ${n},Mar-27,"Audit ${n} begun",A,01/10/2026`,
    );
  }
  return Buffer.from(lines.join('\n'));
}

/**
 * Large action plans import as a worker job: refused at once with its errors, queued with the file and the
 * preview's choices, imported all or nothing by the worker's processor with progress written as it goes, once
 * however often the job runs, and seen only by the partnership's coordinators. Two plans numbered alike, from
 * two sources, stay two sets of actions.
 */
describe('action plan import as a background job', () => {
  let api: TestApi;
  let worker: TestingModule;
  let a: TestPartnership;
  let b: TestPartnership;
  const as: Record<string, string> = {};
  const db = () => api.app.get(DataSource);
  const process = (jobId: string, attempt = 1) =>
    worker.get(ImportActionPlanProcessor).process({ partnershipId: a.id, jobId }, { jobId, attempt });
  const upload = (who: string, path: string, content: Buffer, fields: Record<string, string>) => {
    let request = api.http.post(`/api/v1/action-plan/${path}`).set('authorization', as[who]!);
    for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
    return request.attach('file', content, { filename: 'plan.csv', contentType: 'text/csv' });
  };
  const job = (who: string, id: string) =>
    api.http.get(`/api/v1/action-plan/import-jobs/${id}`).set('authorization', as[who]!);
  const actionsIn = async (partnershipId: string) =>
    Number(
      (await db().query(`SELECT count(*) AS n FROM action WHERE partnership_id = $1`, [partnershipId]))[0].n,
    );
  const large = plan(300, (n) => (n % 2 ? 'SYP' : 'TRFT'));

  beforeAll(async () => {
    api = await startTestApi();
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config, false)] }).compile();
    await worker.init();
    a = await givenPartnership(api, 'PlanJob');
    b = await givenPartnership(api, 'PlanJobOther');
    const agencies = api.app.get(AgencyService);
    const actor = inPartnership(systemActor(a.id as PartnershipId, 'test-plan-import-job'));
    await agencies.create(actor, { name: 'South Yorkshire Police', shortName: 'SYP', type: 'police' });
    await agencies.create(actor, {
      name: 'The Rotherham NHS Foundation Trust',
      shortName: 'TRFT',
      type: 'nhs_acute_trust',
    });
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      leadOfficer: a.leadOfficer.email,
      otherCoordinator: b.coordinator.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    for (const [key, name] of [
      ['S', 'Scrutiny review of domestic abuse services'],
      ['H', 'Previous DHR action plan'],
      ['M', 'A plan with recommendations written once over several actions'],
    ]) {
      await api.http
        .post('/api/v1/recommendation-sources')
        .set('authorization', as['coordinator']!)
        .send({ key, name, kind: 'other' })
        .expect(201);
    }
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('says on the preview that a large plan runs as a job, and will not import it while the page waits', async () => {
    const preview = await upload('coordinator', 'imports/preview', large, { sourceKey: 'S' }).expect(200);
    expect(preview.body).toMatchObject({ runsAsJob: true, summary: { actions: 300, errors: 0 } });
    expect(preview.body.columns.slice(0, 3)).toEqual([
      { number: 1, heading: 'Ref' },
      { number: 2, heading: 'Action' },
      { number: 3, heading: 'Lead agency' },
    ]);
    const refused = await upload('coordinator', 'imports', large, { sourceKey: 'S' }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'file', message: expect.stringContaining('import it as a background job') },
    ]);
    expect(await actionsIn(a.id)).toBe(0);
  });

  it('refuses a plan with errors at once, keeping nothing', async () => {
    const broken = Buffer.from(`${HEADER}\n1,Train staff,Nobody Known,,Mar-27,,,\n`);
    const response = await upload('coordinator', 'import-jobs', broken, { sourceKey: 'S' }).expect(400);
    expect(response.body.errors).toEqual([
      { field: 'rows.2.leadAgency', message: expect.stringContaining('Nobody Known') },
    ]);
    const noSource = await upload('coordinator', 'import-jobs', large, { sourceKey: 'Q' }).expect(400);
    expect(noSource.body.errors).toEqual([{ field: 'sourceKey', message: expect.any(String) }]);
    const kept = await db().query(`SELECT count(*) AS n FROM plan_import_job WHERE partnership_id = $1`, [
      a.id,
    ]);
    expect(Number(kept[0].n)).toBe(0);
  });

  it('queues the import for the coordinator only, and the worker imports it with progress, once', async () => {
    await upload('leadOfficer', 'import-jobs', large, { sourceKey: 'S' }).expect(403);
    const started = await upload('coordinator', 'import-jobs', large, { sourceKey: 'S' }).expect(202);
    const id: string = started.body.id;
    expect(started.headers['location']).toBe(`/api/v1/action-plan/import-jobs/${id}`);
    expect(started.body).toMatchObject({
      status: 'queued',
      rowsTotal: 300,
      rowsDone: 0,
      progress: 0,
      counts: null,
    });
    const queued = await db().query(
      `SELECT payload FROM outbox_message WHERE job_name = 'learning.import-action-plan' AND partnership_id = $1`,
      [a.id],
    );
    expect(queued.map((row: { payload: unknown }) => row.payload)).toEqual([
      { partnershipId: a.id, jobId: id },
    ]);
    await job('otherCoordinator', id).expect(404);
    await job('leadOfficer', id).expect(403);

    await process(id);
    const done = await job('coordinator', id).expect(200);
    expect(done.body).toMatchObject({
      status: 'done',
      rowsDone: 300,
      progress: 100,
      problems: [],
      counts: {
        actionsCreated: 300,
        actionsUpdated: 0,
        recommendationsCreated: 300,
        progressUpdatesAdded: 300,
      },
    });
    expect(done.body.finishedAt).toEqual(expect.any(String));
    expect(await actionsIn(a.id)).toBe(300);
    const [row] = await db().query(
      `SELECT content IS NULL AS emptied, version FROM plan_import_job WHERE id = $1`,
      [id],
    );
    expect(row.emptied).toBe(true);
    // queued (1), running (2), progress after each 100 rows written (3 writes), done: written as it went
    expect(row.version).toBe(6);

    await process(id, 2);
    expect(await actionsIn(a.id)).toBe(300);
    expect((await job('coordinator', id).expect(200)).body.counts.actionsCreated).toBe(300);
  });

  it('imports the same plan again as a job without adding anything', async () => {
    const again = await upload('coordinator', 'import-jobs', large, { sourceKey: 'S' }).expect(202);
    await process(again.body.id);
    const done = await job('coordinator', again.body.id).expect(200);
    expect(done.body.counts).toMatchObject({
      actionsCreated: 0,
      actionsUnchanged: 300,
      progressUpdatesAdded: 0,
    });
    expect(await actionsIn(a.id)).toBe(300);
  });

  it('fails the job, writing nothing, when the person who asked may no longer import', async () => {
    const changed = plan(260, () => 'SYP', ' again');
    const started = await upload('coordinator', 'import-jobs', changed, { sourceKey: 'S' }).expect(202);
    await db().query(`UPDATE app_user SET status = 'deactivated' WHERE id = $1`, [a.coordinator.id]);
    try {
      await process(started.body.id);
    } finally {
      await db().query(`UPDATE app_user SET status = 'active' WHERE id = $1`, [a.coordinator.id]);
    }
    as['coordinator'] = (await signIn(api.http, a.coordinator.email)).authorization;
    const failed = await job('coordinator', started.body.id).expect(200);
    expect(failed.body).toMatchObject({
      status: 'failed',
      rowsDone: 0,
      counts: null,
      problems: [{ field: 'requestedBy', message: expect.stringContaining('can no longer import') }],
    });
    const texts = await db().query(
      `SELECT count(*) AS n FROM action WHERE partnership_id = $1 AND description LIKE '%again'`,
      [a.id],
    );
    expect(Number(texts[0].n)).toBe(0);
  });

  it('keeps two plans numbered alike apart when they come from two sources', async () => {
    const small = (lead: string) => plan(3, () => lead);
    await upload('coordinator', 'imports', small('SYP'), { sourceKey: 'H' }).expect(201);
    const before = await actionsIn(a.id);
    const second = await upload('coordinator', 'imports', small('TRFT'), { sourceKey: 'H' }).expect(201);
    expect(second.body.counts).toMatchObject({ actionsCreated: 0, actionsUpdated: 3 });
    expect(await actionsIn(a.id)).toBe(before);
    const refs = await db().query(
      `SELECT a.reference, s.key FROM action a
         JOIN action_recommendation ar ON ar.action_id = a.id
         JOIN recommendation r ON r.id = ar.recommendation_id
         JOIN recommendation_source s ON s.id = r.source_id
        WHERE a.partnership_id = $1 AND a.reference IN ('1', '2', '3') ORDER BY s.key, a.reference`,
      [a.id],
    );
    expect(refs.map((r: { reference: string; key: string }) => `${r.key}${r.reference}`)).toEqual([
      'H1',
      'H2',
      'H3',
      'S1',
      'S2',
      'S3',
    ]);
  });

  it('links the actions under a recommendation written once to that one recommendation', async () => {
    const sheet = Buffer.from(
      [
        'Ref,Recommendation,Action,Lead agency,Target date',
        '1,Train staff in DASH,Train call handlers,SYP,Mar-27',
        ',,Train supervisors,SYP,Apr-27',
        ',,Audit the training,SYP,May-27',
        '2,Audit files,Audit 40 files,SYP,Jun-27',
      ].join('\n'),
    );
    const first = await upload('coordinator', 'imports', sheet, { sourceKey: 'M' }).expect(201);
    expect(first.body.counts).toMatchObject({ actionsCreated: 4, recommendationsCreated: 2 });
    const answered = async () =>
      (
        await db().query(
          `SELECT r.reference, r.text, count(*)::int AS actions FROM recommendation r
             JOIN recommendation_source s ON s.id = r.source_id
             JOIN action_recommendation ar ON ar.recommendation_id = r.id
            WHERE s.partnership_id = $1 AND s.key = 'M' GROUP BY r.reference, r.text ORDER BY r.reference`,
          [a.id],
        )
      ).map((row: { reference: string; text: string; actions: number }) => [
        row.reference,
        row.text,
        row.actions,
      ]);
    expect(await answered()).toEqual([
      ['1', 'Train staff in DASH', 3],
      ['2', 'Audit files', 1],
    ]);
    const again = await upload('coordinator', 'imports', sheet, { sourceKey: 'M' }).expect(201);
    expect(again.body.counts).toMatchObject({
      actionsCreated: 0,
      actionsUnchanged: 4,
      recommendationsCreated: 0,
    });
    expect(await answered()).toEqual([
      ['1', 'Train staff in DASH', 3],
      ['2', 'Audit files', 1],
    ]);
  });
});

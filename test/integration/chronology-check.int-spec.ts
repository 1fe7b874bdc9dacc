import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CheckChronologyDuplicatesProcessor } from '@dhr/imr';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';
// the worker's own composition, without consuming queues
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WorkerModule } from '../../apps/worker/src/worker.module';

type Body = Record<string, unknown>;

/**
 * The duplicate check of a combined chronology, run by the worker's processor: progress to 100, the planted
 * duplicate found across agencies, the same rows however often it runs, and the chair's decision shown.
 */
describe('chronology duplicate check', () => {
  let api: TestApi;
  let worker: TestingModule;
  let a: TestPartnership;
  const as: Record<string, string> = {};
  let reviewId: string;
  const ids: Record<string, string> = {};

  const send = (who: string, method: 'get' | 'post' | 'put', path: string, body?: Body, version?: number) => {
    const request = api.http[method](`/api/v1${path}`).set('authorization', as[who]!);
    if (version !== undefined) request.set('if-match', `"${version}"`);
    return body === undefined ? request : request.send(body);
  };

  beforeAll(async () => {
    api = await startTestApi();
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config, false)] }).compile();
    await worker.init();
    a = await givenPartnership(api, 'Dupes');
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      chair: a.chair.email,
      policeAuthor: a.policeAuthor.email,
      healthAuthor: a.healthAuthor.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    const review = await send('coordinator', 'post', '/reviews', {
      reviewType: 'dhr',
      notifiedOn: '2026-03-02',
      notifiedBy: 'Police',
      relationship: 'intimate_partner',
      suspectedSuicide: false,
      subjects: [{ pseudonym: 'MA 1', role: 'victim' }],
    }).expect(201);
    reviewId = review.body.id;
    const decided = await send(
      'coordinator',
      'post',
      `/reviews/${reviewId}/decision`,
      {
        outcome: 'commission',
        decidedOn: '2026-03-20',
        decisionMaker: 'CSP chair',
        rationale: 'Criteria met.',
      },
      review.body.version,
    ).expect(200);
    await send(
      'coordinator',
      'put',
      `/reviews/${reviewId}/chair`,
      { chairUserId: a.chair.id, appointedOn: '2026-03-25' },
      decided.body.version,
    ).expect(200);
    await api.app.get(DataSource).query(
      `INSERT INTO terms_of_reference (id, partnership_id, review_id, version_number, status, purpose, period_from,
         period_to, agency_ids, questions, agreed_on, version)
       VALUES (gen_random_uuid(), $1, $2, 1, 'agreed', 'Learn the lessons', '{"precision":"year","year":2010}',
         '{"precision":"year","year":2014}', ARRAY[$3, $4]::uuid[], $5::jsonb, '2026-06-01', 1)`,
      [a.id, reviewId, a.agencies.police, a.agencies.health, JSON.stringify([{ number: 1, text: 'Risks?' }])],
    );
    const entries: Record<'policeAuthor' | 'healthAuthor', [string, Body][]> = {
      policeAuthor: [
        [
          'policeIncident',
          { date: '15 August 2013', event: 'Officers attended a domestic incident at the home of MA 1.' },
        ],
        ['policeOther', { date: 'March 2012', event: 'MA 1 reported a theft of a bicycle.' }],
      ],
      healthAuthor: [
        [
          'healthIncident',
          { date: 'mid-August 2013', event: 'Domestic incident at the home of MA 1; officers attended.' },
        ],
        ['healthOther', { date: 'March 2012', event: 'MA 1 attended a routine dental check-up.' }],
      ],
    };
    for (const [author, agencyId, userId] of [
      ['policeAuthor', a.agencies.police, a.policeAuthor.id],
      ['healthAuthor', a.agencies.health, a.healthAuthor.id],
    ] as const) {
      const scoped = await send('coordinator', 'post', `/reviews/${reviewId}/imr-requests`, {
        agencyId,
        kind: 'summary',
        dueOn: '2099-01-31',
        authorUserId: userId,
      }).expect(201);
      const sent = await send(
        'coordinator',
        'post',
        `/imr-requests/${scoped.body.id}/sending`,
        undefined,
        scoped.body.version,
      ).expect(200);
      let version: number = sent.body.request.version;
      for (const [name, entry] of entries[author]) {
        const added = await send(
          author,
          'post',
          `/imr-requests/${scoped.body.id}/chronology-entries`,
          entry,
          version,
        ).expect(201);
        version = added.body.version;
        ids[name] = (added.body.items as { id: string }[]).find(
          (item) => !Object.values(ids).includes(item.id),
        )!.id;
      }
    }
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const pairsOf = (checkId: string): Promise<Body[]> =>
    api.app
      .get(DataSource)
      .query(
        'SELECT entry_a, entry_b, score, reasons FROM chronology_duplicate WHERE check_id = $1 ORDER BY entry_a',
        [checkId],
      );

  it('finds the planted duplicate, reports progress to 100, and leaves the same rows when run again', async () => {
    const path = `/reviews/${reviewId}/chronology/duplicate-checks`;
    const check = (await send('chair', 'post', path).expect(201)).body as { id: string };
    const processor = worker.get(CheckChronologyDuplicatesProcessor);
    await processor.process({ partnershipId: a.id, checkId: check.id });

    const latest = await send('chair', 'get', `${path}/latest`).expect(200);
    expect(latest.body).toMatchObject({
      id: check.id,
      status: 'done',
      progress: 100,
      entriesChecked: 4,
      pairsFound: 1,
      finishedAt: expect.any(String),
    });
    const [low, high] = [ids['policeIncident']!, ids['healthIncident']!].sort();
    expect(latest.body.candidates).toHaveLength(1);
    const [candidate] = latest.body.candidates;
    expect(candidate).toMatchObject({
      entryA: { id: low, event: expect.any(String), date: expect.stringMatching(/August 2013$/) },
      entryB: { id: high },
      decision: null,
    });
    expect(candidate.score).toBeGreaterThanOrEqual(0.5);
    expect(candidate.reasons[0]).toBe(
      'dates overlap (' + [candidate.entryA.date, candidate.entryB.date].join(' and ') + ')',
    );
    expect(candidate.reasons[1]).toMatch(/^different agencies/);
    const agencies = [candidate.entryA.agencyName, candidate.entryB.agencyName].sort();
    expect(agencies[0]).toContain('Dupes Health Trust');
    expect(agencies[1]).toContain('Dupes Police');

    const first = await pairsOf(check.id);
    await processor.process({ partnershipId: a.id, checkId: check.id });
    expect(await pairsOf(check.id)).toEqual(first);
    expect((await send('chair', 'get', `${path}/latest`).expect(200)).body).toMatchObject({
      status: 'done',
      pairsFound: 1,
    });

    // the chair's decision shows on the pair
    await send('chair', 'post', `/reviews/${reviewId}/chronology/links`, {
      entryA: low,
      entryB: high,
      decision: 'dismissed',
    }).expect(201);
    const decided = await send('coordinator', 'get', `${path}/latest`).expect(200);
    expect(decided.body.candidates.map((c: { decision: string }) => c.decision)).toEqual(['dismissed']);
    await send('healthAuthor', 'get', `${path}/latest`).expect(404);
  });

  it('does nothing for a check that does not exist in the partnership', async () => {
    const processor = worker.get(CheckChronologyDuplicatesProcessor);
    const other = await givenPartnership(api, 'Stranger');
    const check = (
      await send('chair', 'post', `/reviews/${reviewId}/chronology/duplicate-checks`).expect(201)
    ).body;
    await processor.process({ partnershipId: other.id, checkId: check.id });
    const latest = await send(
      'chair',
      'get',
      `/reviews/${reviewId}/chronology/duplicate-checks/latest`,
    ).expect(200);
    expect(latest.body).toMatchObject({ id: check.id, status: 'queued', progress: 0 });
  });
});

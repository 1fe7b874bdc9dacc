import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CheckChronologyDuplicatesProcessor } from '@dhr/imr';
import {
  givenAgreedTerms,
  givenCommissionedReview,
  givenPartnership,
  givenSentRequest,
  signIn,
  startTestApi,
  TestApi,
  TestPartnership,
} from '../support';
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
    const review = await givenCommissionedReview(api, a, as['coordinator']!);
    reviewId = review.id;
    await givenAgreedTerms(api, a, reviewId);
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
      const request = await givenSentRequest(api, as['coordinator']!, reviewId, agencyId, userId);
      let version = request.version;
      for (const [name, entry] of entries[author]) {
        const added = await send(
          author,
          'post',
          `/imr-requests/${request.id}/chronology-entries`,
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

import { randomUUID } from 'node:crypto';
import { givenLearningPeople, givenLearningReview, Send, startTestApi, TestApi } from '../support';

type Body = Record<string, unknown>;

/**
 * A review's lessons: numbered in order, linked to its agreed questions, IMRs and the partnership's themes (and
 * to nothing the review does not have), changed under If-Match and audited, written by the chair and the
 * coordinator, read by the panel, and hidden from IMR authors and from another partnership.
 */
describe('Learning: lessons', () => {
  let api: TestApi;
  let send: Send;
  let reviewId: string;
  let otherReviewId: string;
  let policeRequestId: string;
  const themes: Record<string, { id: string; version: number }> = {};

  beforeAll(async () => {
    api = await startTestApi();
    const people = await givenLearningPeople(api);
    send = people.send;
    ({ reviewId, otherReviewId, policeRequestId } = await givenLearningReview(api, people));
    themes['Risk assessment'] = (
      await send('coordinator', 'post', '/themes', { name: 'Risk assessment' }).expect(201)
    ).body;
  });
  afterAll(() => api.close());

  let first: { id: string; version: number };

  it('numbers a review’s lessons in order, linked to agreed questions, IMRs and themes', async () => {
    const added: Body[] = [];
    for (const [who, statement] of [
      ['chair', 'If risk assessments are not completed, victims are denied protection.'],
      ['coordinator', 'Repeat victims below the MARAC threshold have no framework.'],
      ['chair', 'Professionals should establish what the victim wants.'],
    ] as const) {
      const lesson = await send(who, 'post', `/reviews/${reviewId}/lessons`, {
        narrative: 'The abuse continued unabated and peaked in 2011 and 2013.',
        statement,
        questionNumbers: [2, 1],
        imrRequestIds: [policeRequestId],
        themeIds: [themes['Risk assessment']!.id],
      }).expect(201);
      added.push(lesson.body);
    }
    expect(added.map((l) => l['number'])).toEqual([1, 2, 3]);
    expect(added[0]).toMatchObject({
      reviewId,
      questionNumbers: [1, 2],
      imrRequestIds: [policeRequestId],
      themeIds: [themes['Risk assessment']!.id],
      version: 1,
    });
    first = added[0] as typeof first;
    const listed = await send('panelMember', 'get', `/reviews/${reviewId}/lessons`).expect(200);
    expect(listed.body.items.map((l: Body) => [l['number'], l['statement']])).toEqual([
      [1, 'If risk assessments are not completed, victims are denied protection.'],
      [2, 'Repeat victims below the MARAC threshold have no framework.'],
      [3, 'Professionals should establish what the victim wants.'],
    ]);
  });

  it('refuses links the review does not have, naming each', async () => {
    const refused = await send('chair', 'post', `/reviews/${reviewId}/lessons`, {
      narrative: 'x',
      statement: 'y',
      questionNumbers: [1, 9],
      imrRequestIds: [randomUUID()],
      themeIds: [randomUUID()],
    }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'questionNumbers', message: 'The agreed terms of reference have no question 9' },
      { field: 'imrRequestIds', message: 'Choose IMR requests of this review' },
      { field: 'themeIds', message: 'Choose themes of this partnership' },
    ]);
    await send('chair', 'post', `/reviews/${reviewId}/lessons`, { narrative: '', statement: 'y' }).expect(
      400,
    );
  });

  it('changes a lesson under If-Match, audited, keeping its number', async () => {
    await send('chair', 'patch', `/lessons/${first.id}`, { questionNumbers: [3] }).expect(428);
    const bad = await send('chair', 'patch', `/lessons/${first.id}`, { questionNumbers: [4] }, first.version);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: Body) => e['field'])).toEqual(['questionNumbers']);
    const changed = await send(
      'chair',
      'patch',
      `/lessons/${first.id}`,
      { questionNumbers: [3], statement: 'Risk assessments must be completed.' },
      first.version,
    ).expect(200);
    expect(changed.body).toMatchObject({
      number: 1,
      questionNumbers: [3],
      statement: 'Risk assessments must be completed.',
      version: 2,
    });
    await send('chair', 'patch', `/lessons/${first.id}`, { statement: 'Late' }, first.version).expect(412);
    const audit = await send('coordinator', 'get', `/audit?entityId=${first.id}`).expect(200);
    expect(audit.body.items.map((e: Body) => e['action']).sort()).toEqual(['lesson.added', 'lesson.updated']);
  });

  it('lets the panel read but not write; hides the review from another partnership; refuses IMR authors', async () => {
    await send('panelMember', 'post', `/reviews/${reviewId}/lessons`, {
      narrative: 'x',
      statement: 'y',
    }).expect(403);
    await send('panelMember', 'patch', `/lessons/${first.id}`, { statement: 'z' }, 2).expect(403);
    await send('cspChair', 'get', `/reviews/${reviewId}/lessons`).expect(200);
    await send('otherCoordinator', 'get', `/reviews/${reviewId}/lessons`).expect(404);
    await send('otherCoordinator', 'post', `/reviews/${reviewId}/lessons`, {
      narrative: 'x',
      statement: 'y',
    }).expect(404);
    await send('otherCoordinator', 'patch', `/lessons/${first.id}`, { statement: 'z' }, 2).expect(404);
    await send('healthAuthor', 'get', `/reviews/${reviewId}/lessons`).expect(403);
    await send('healthAuthor', 'post', `/reviews/${reviewId}/lessons`, {
      narrative: 'x',
      statement: 'y',
    }).expect(403);
    // the chair of this review only: another review of the partnership is the coordinator's
    await send('otherCoordinator', 'get', `/reviews/${otherReviewId}/lessons`).expect(200);
  });
});

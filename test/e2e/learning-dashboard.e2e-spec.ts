import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PartnershipId, todayIn } from '@dhr/platform-domain';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';
// the SQL rating is checked against the domain's rule, so the test reaches both internals
// eslint-disable-next-line @nx/enforce-module-boundaries
import { effectiveRag, RAG_RATINGS, RagRating } from '../../libs/learning/src/domain/rag';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { LearningDashboardRepository } from '../../libs/learning/src/persistence/learning-dashboard.repository';

type Body = Record<string, unknown>;

/** The first day of the calendar quarter `back` quarters before today's, worked out by hand. */
function quarterStart(today: string, back: number): string {
  const index = Number(today.slice(0, 4)) * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3) - back;
  const month = (index % 4) * 3 + 1;
  return `${Math.floor(index / 4)}-${String(month).padStart(2, '0')}-01`;
}

/**
 * The learning dashboard on a hand-built plan (counts by effective RAG, overdue, by agency, by theme, per review,
 * per quarter), full-text search of lessons and recommendations, and how often each theme recurs across reviews.
 */
describe('Learning dashboard, search and theme frequency', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  const as: Record<string, string> = {};
  const reviews: { id: string; reference: string }[] = [];
  const themes: Record<string, string> = {};
  const today = todayIn(new Date());
  const q = [3, 2, 1, 0].map((back) => quarterStart(today, back));

  const db = () => api.app.get(DataSource);
  const send = (who: string, method: 'get' | 'post', path: string, body?: Body, version?: number) => {
    const request = api.http[method](`/api/v1${path}`).set('authorization', as[who]!);
    if (version !== undefined) request.set('if-match', `"${version}"`);
    return body === undefined ? request : request.send(body);
  };

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Dashboard');
    b = await givenPartnership(api, 'Dashboard elsewhere');
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      cspChair: a.cspChair.email,
      healthLead: a.leadOfficer.email,
      otherCoordinator: b.coordinator.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    for (let i = 0; i < 2; i++) {
      const review = await send('coordinator', 'post', '/reviews', {
        reviewType: 'dhr',
        notifiedOn: '2026-03-02',
        notifiedBy: 'Police',
        relationship: 'intimate_partner',
        suspectedSuicide: false,
        subjects: [
          { pseudonym: 'MA 1', role: 'victim' },
          { pseudonym: 'MA 2', role: 'perpetrator' },
        ],
      }).expect(201);
      await send(
        'coordinator',
        'post',
        `/reviews/${review.body.id}/decision`,
        { outcome: 'commission', decidedOn: '2026-03-20', decisionMaker: 'CSP chair', rationale: 'Met.' },
        review.body.version,
      ).expect(200);
      reviews.push(review.body);
    }
    for (const name of ['Risk assessment', 'Information sharing', 'GP involvement']) {
      themes[name] = (await send('coordinator', 'post', '/themes', { name }).expect(201)).body.id;
    }
    await send('coordinator', 'post', `/reviews/${reviews[0]!.id}/lessons`, {
      narrative: 'The abuse continued unabated and peaked in 2011.',
      statement: 'Professionals should establish what the victim wants.',
      questionNumbers: [],
      imrRequestIds: [],
      themeIds: [themes['Risk assessment']],
    }).expect(201);
    const recommend = async (review: number, reference: string, text: string, theme: string) =>
      (
        await send('coordinator', 'post', `/reviews/${reviews[review]!.id}/recommendations`, {
          reference,
          level: 'panel',
          text,
          scope: 'local',
          leadAgencyId: a.agencies.police,
          targetDate: '2027-03-31',
          themeIds: [themes[theme]],
        }).expect(201)
      ).body.id as string;
    const r1 = await recommend(
      0,
      '1',
      'Commission a specialist service for repeat victims below the MARAC threshold.',
      'Risk assessment',
    );
    const r2 = await recommend(
      0,
      '2',
      'Agencies should share information at the daily meeting.',
      'Information sharing',
    );
    const r3 = await recommend(1, '1', 'Complete the DASH checklist at every call out.', 'Risk assessment');

    // the hand-built plan: [ref, agency, status, target, reported, completed, created, closed, recommendations]
    const noon = (day: string) => `${day}T12:00:00Z`;
    const plan: [
      string,
      string,
      string,
      string | null,
      string | null,
      string | null,
      string,
      string | null,
      string[],
    ][] = [
      // red: overdue, reported amber
      ['P1', a.agencies.police, 'open', '2026-01-31', 'amber', null, q[0]!, null, [r1]],
      // amber: reported, on time
      ['P2', a.agencies.police, 'open', '2099-12-31', 'amber', null, q[0]!, null, [r1]],
      // light green: reported green, awaiting completion and sign-off
      ['P3', a.agencies.police, 'open', '2099-12-31', 'green', null, q[3]!, null, [r3]],
      // green: signed off (its target long past)
      ['H1', a.agencies.health, 'closed', '2026-01-31', 'green', '2026-01-20', q[1]!, q[2]!, [r2]],
      // light green: completion awaiting sign-off, target past: not overdue
      [
        'H2',
        a.agencies.health,
        'completion_submitted',
        '2026-01-31',
        'amber',
        '2026-01-30',
        q[3]!,
        null,
        [r3],
      ],
      // amber: target to be agreed, never rated
      ['H3', a.agencies.health, 'open', null, null, null, q[3]!, null, []],
    ];
    const ids: Record<string, string> = {};
    for (const [ref, agency, status, target, reported, completed, created, closed, recs] of plan) {
      ids[ref] = randomUUID();
      await db().query(
        `INSERT INTO action (id, partnership_id, version, created_at, reference, description, lead_agency_id,
           target_date, target_to_be_agreed, status, reported_rag, completed_on, closed_at)
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          ids[ref],
          a.id,
          noon(created),
          ref,
          `Action ${ref}`,
          agency,
          target,
          target === null,
          status,
          reported,
          completed,
          closed ? noon(closed) : null,
        ],
      );
      for (const rec of recs) {
        await db().query(
          `INSERT INTO action_recommendation (action_id, recommendation_id, partnership_id) VALUES ($1, $2, $3)`,
          [ids[ref], rec, a.id],
        );
      }
    }
    const updates: [string, string][] = [
      ['P1', q[1]!],
      ['P2', q[3]!],
      ['H1', q[2]!],
      ['H1', q[2]!],
      ['H1', '2020-01-15'],
    ];
    for (const [ref, reportedOn] of updates) {
      await db().query(
        `INSERT INTO progress_update (id, partnership_id, version, action_id, reported_on, rag, narrative)
         VALUES (gen_random_uuid(), $1, 1, $2, $3, 'amber', 'On track.')`,
        [a.id, ids[ref], reportedOn],
      );
    }
  });
  afterAll(() => api.close());

  const counts = (red: number, amber: number, lightGreen: number, green: number) => ({
    red,
    amber,
    light_green: lightGreen,
    green,
  });

  it('gives the coordinator and CSP chair the whole partnership, counted by hand', async () => {
    for (const who of ['coordinator', 'cspChair']) {
      const { body } = await send(who, 'get', '/learning/dashboard').expect(200);
      expect(body).toMatchObject({ scope: 'partnership', agencyId: null, today, total: 6, overdue: 1 });
      expect(body.rag).toEqual(counts(1, 2, 2, 1));
      expect(body.byAgency).toEqual(
        expect.arrayContaining([
          { agencyId: a.agencies.police, agencyName: expect.any(String), total: 3, rag: counts(1, 1, 1, 0) },
          { agencyId: a.agencies.health, agencyName: expect.any(String), total: 3, rag: counts(0, 1, 1, 1) },
        ]),
      );
      expect(body.byAgency).toHaveLength(2);
      expect(body.byTheme).toEqual([
        {
          themeId: themes['Risk assessment'],
          themeName: 'Risk assessment',
          total: 4,
          rag: counts(1, 1, 2, 0),
        },
        {
          themeId: themes['Information sharing'],
          themeName: 'Information sharing',
          total: 1,
          rag: counts(0, 0, 0, 1),
        },
      ]);
      expect(body.byReview).toEqual(
        expect.arrayContaining([
          { reviewId: reviews[0]!.id, reviewReference: reviews[0]!.reference, closed: 1, total: 3 },
          { reviewId: reviews[1]!.id, reviewReference: reviews[1]!.reference, closed: 0, total: 2 },
        ]),
      );
      expect(body.byReview).toHaveLength(2);
      expect(body.byQuarter).toEqual([
        {
          label: expect.stringMatching(/^Q[1-4] \d{4}$/),
          start: q[0],
          actionsClosed: 0,
          actionsCreated: 2,
          updatesGiven: 0,
        },
        { label: expect.any(String), start: q[1], actionsClosed: 0, actionsCreated: 1, updatesGiven: 1 },
        { label: expect.any(String), start: q[2], actionsClosed: 1, actionsCreated: 0, updatesGiven: 2 },
        { label: expect.any(String), start: q[3], actionsClosed: 0, actionsCreated: 3, updatesGiven: 1 },
      ]);
    }
  });

  it('gives a lead officer their agency’s actions only', async () => {
    const { body } = await send('healthLead', 'get', '/learning/dashboard').expect(200);
    expect(body).toMatchObject({ scope: 'agency', agencyId: a.agencies.health, total: 3, overdue: 0 });
    expect(body.rag).toEqual(counts(0, 1, 1, 1));
    expect(body.byAgency.map((row: Body) => row['agencyId'])).toEqual([a.agencies.health]);
    expect(body.byTheme).toEqual([
      expect.objectContaining({ themeName: 'Information sharing', total: 1, rag: counts(0, 0, 0, 1) }),
      expect.objectContaining({ themeName: 'Risk assessment', total: 1, rag: counts(0, 0, 1, 0) }),
    ]);
    expect(body.byReview).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reviewId: reviews[0]!.id, closed: 1, total: 1 }),
        expect.objectContaining({ reviewId: reviews[1]!.id, closed: 0, total: 1 }),
      ]),
    );
    expect(body.byQuarter.map((row: Body) => row['updatesGiven'])).toEqual([0, 0, 2, 0]);
  });

  it('computes in SQL the same rating as effectiveRag, for every combination of its inputs', async () => {
    const grid = await givenPartnership(api, 'Rating grid');
    const expected = new Map<string, RagRating>();
    const targets = [null, '2026-01-01', today, '2099-12-31'];
    const reports: (RagRating | null)[] = [null, ...RAG_RATINGS];
    for (const status of ['open', 'completion_submitted', 'closed'])
      for (const completed of [null, '2026-01-01'])
        for (const target of targets)
          for (const reported of reports) {
            const id = randomUUID();
            expected.set(
              id,
              effectiveRag({
                reported,
                targetDate: target,
                completedOn: completed,
                signedOff: status === 'closed',
                today,
              }).rating,
            );
            await db().query(
              `INSERT INTO action (id, partnership_id, version, reference, description, lead_agency_id, target_date,
                 target_to_be_agreed, status, reported_rag, completed_on)
               VALUES ($1, $2, 1, 'G', 'grid', $3, $4, $5, $6, $7, $8)`,
              [id, grid.id, grid.agencies.police, target, target === null, status, reported, completed],
            );
          }
    const ratings = await api.app
      .get(LearningDashboardRepository, { strict: false })
      .ratings({ partnershipId: grid.id as PartnershipId, agencyId: null, today });
    expect(ratings.size).toBe(expected.size);
    expect(Object.fromEntries(ratings)).toEqual(Object.fromEntries(expected));
  });

  it('finds a lesson by a word of its statement and a recommendation by a phrase, with the review reference', async () => {
    const lesson = await send('coordinator', 'get', '/learning/search?q=establish').expect(200);
    expect(lesson.body.items).toEqual([
      expect.objectContaining({
        kind: 'lesson',
        reviewId: reviews[0]!.id,
        reviewReference: reviews[0]!.reference,
        label: '1',
        text: 'Professionals should establish what the victim wants.',
        rank: expect.any(Number),
      }),
    ]);
    const phrase = await send(
      'cspChair',
      'get',
      `/learning/search?q=${encodeURIComponent('"repeat victims"')}`,
    ).expect(200);
    expect(phrase.body.items).toEqual([
      expect.objectContaining({
        kind: 'recommendation',
        reviewReference: reviews[0]!.reference,
        sourceKey: reviews[0]!.reference,
        label: '1',
        text: 'Commission a specialist service for repeat victims below the MARAC threshold.',
      }),
    ]);
    // "victim" stems to match both, the lesson's narrative and statement and the recommendation
    const both = await send('coordinator', 'get', '/learning/search?q=victim').expect(200);
    expect(both.body.items.map((hit: Body) => hit['kind']).sort()).toEqual(['lesson', 'recommendation']);
    await send('coordinator', 'get', '/learning/search').expect(400);
    await send('coordinator', 'get', '/learning/search?q=%20').expect(400);
  });

  it('counts, for each theme, the distinct reviews whose lessons or recommendations carry it', async () => {
    const { body } = await send('coordinator', 'get', '/learning/themes/frequency').expect(200);
    expect(body.items).toEqual([
      { themeId: themes['Risk assessment'], themeName: 'Risk assessment', active: true, reviews: 2 },
      { themeId: themes['Information sharing'], themeName: 'Information sharing', active: true, reviews: 1 },
      { themeId: themes['GP involvement'], themeName: 'GP involvement', active: true, reviews: 0 },
    ]);
  });

  it('shows another partnership none of it', async () => {
    const { body } = await send('otherCoordinator', 'get', '/learning/dashboard').expect(200);
    expect(body).toMatchObject({
      total: 0,
      overdue: 0,
      rag: counts(0, 0, 0, 0),
      byAgency: [],
      byTheme: [],
      byReview: [],
    });
    expect(body.byQuarter.map((row: Body) => row['actionsCreated'])).toEqual([0, 0, 0, 0]);
    for (const word of ['establish', 'victims', 'DASH']) {
      const found = await send('otherCoordinator', 'get', `/learning/search?q=${word}`).expect(200);
      expect(found.body.items).toEqual([]);
    }
    const frequency = await send('otherCoordinator', 'get', '/learning/themes/frequency').expect(200);
    expect(frequency.body.items).toEqual([]);
  });
});

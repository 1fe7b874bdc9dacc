import { DataSource } from 'typeorm';
import {
  givenDecidedReview,
  givenPartnership,
  signIn,
  startTestApi,
  TestApi,
  TestPartnership,
  VICTIM_AND_PERPETRATOR,
} from '../support';

type Body = Record<string, unknown>;
type Rating = 'red' | 'amber' | 'light_green' | 'green';
type State = 'open' | 'completion_submitted' | 'closed';

const PAST = ['2025-01-31', '2025-06-30'] as const;
const FUTURE = ['2098-03-31', '2099-12-31'] as const;

/**
 * The kinds of action on the plan, each with the effective RAG worked out by hand from domain.md ("an overdue,
 * incomplete action is Red whatever was last typed"; Green only once signed off). Reds are spread out, so a page
 * of the plan read in id order would hold few of them.
 */
const KINDS: { what: string; target: string | null; reported: Rating | null; state: State; rag: Rating }[] = [
  { what: 'overdue, reported green', target: PAST[0], reported: 'green', state: 'open', rag: 'red' },
  { what: 'on time, reported amber', target: FUTURE[0], reported: 'amber', state: 'open', rag: 'amber' },
  { what: 'to be agreed, never rated', target: null, reported: null, state: 'open', rag: 'amber' },
  {
    what: 'on time, reported green',
    target: FUTURE[1],
    reported: 'green',
    state: 'open',
    rag: 'light_green',
  },
  { what: 'overdue, reported amber', target: PAST[1], reported: 'amber', state: 'open', rag: 'red' },
  { what: 'signed off, target past', target: PAST[0], reported: 'green', state: 'closed', rag: 'green' },
  {
    what: 'on time, reported light green',
    target: FUTURE[0],
    reported: 'light_green',
    state: 'open',
    rag: 'light_green',
  },
  { what: 'overdue, never rated', target: PAST[1], reported: null, state: 'open', rag: 'red' },
  {
    what: 'completion awaiting sign-off, target past',
    target: PAST[0],
    reported: 'amber',
    state: 'completion_submitted',
    rag: 'light_green',
  },
  { what: 'on time, reported red', target: FUTURE[1], reported: 'red', state: 'open', rag: 'red' },
  { what: 'on time, never rated', target: FUTURE[1], reported: null, state: 'open', rag: 'amber' },
  {
    what: 'overdue, reported light green',
    target: PAST[0],
    reported: 'light_green',
    state: 'open',
    rag: 'red',
  },
  { what: 'signed off, on time', target: FUTURE[0], reported: 'green', state: 'closed', rag: 'green' },
  {
    what: 'to be agreed, reported light green',
    target: null,
    reported: 'light_green',
    state: 'open',
    rag: 'light_green',
  },
];

interface Planned {
  id: string;
  reference: string;
  agency: 'police' | 'health';
  leadOfficer: boolean;
  review: boolean;
  target: string | null;
  state: State;
  rag: Rating;
}

const LIMIT = 3;

/**
 * GET /api/v1/actions with filters: every filter, the effective RAG included, is applied in the database, so
 * each page is full while more actions match, and paging by cursor returns exactly the matching actions.
 */
describe('Action plan filters, paged', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  const as: Record<string, string> = {};
  const planned: Planned[] = [];
  let reviewId: string;
  let otherReviewId: string;

  const db = () => api.app.get(DataSource);
  const send = (who: string, method: 'get' | 'post', path: string, body?: Body, version?: number) => {
    const request = api.http[method](`/api/v1${path}`).set('authorization', as[who]!);
    if (version !== undefined) request.set('if-match', `"${version}"`);
    return body === undefined ? request : request.send(body);
  };
  const createReview = async () =>
    (
      await givenDecidedReview(
        api,
        as['coordinator']!,
        { subjects: VICTIM_AND_PERPETRATOR },
        { rationale: 'Met.' },
      )
    ).id;
  const recommend = async (review: string, reference: string) =>
    (
      await send('coordinator', 'post', `/reviews/${review}/recommendations`, {
        reference,
        level: 'panel',
        text: `Recommendation ${reference}`,
        scope: 'local',
        leadAgencyId: a.agencies.police,
        targetDate: '2027-03-31',
      }).expect(201)
    ).body.id as string;

  /** Every page of the list under the query, checking that each page but the last is full. */
  const walk = async (who: string, query: Record<string, string>) => {
    const pages: Body[][] = [];
    let cursor: string | null = null;
    do {
      const params = new URLSearchParams({ ...query, limit: String(LIMIT), ...(cursor ? { cursor } : {}) });
      const { body } = await send(who, 'get', `/actions?${params.toString()}`).expect(200);
      pages.push(body.items as Body[]);
      cursor = body.nextCursor as string | null;
    } while (cursor && pages.length < 30);
    expect(cursor).toBeNull();
    const items = pages.flat();
    pages.slice(0, -1).forEach((page) => expect(page).toHaveLength(LIMIT));
    expect(new Set(items.map((item) => item['id'])).size).toBe(items.length);
    return { pages, items };
  };
  const references = (items: Body[]) => items.map((item) => item['reference'] as string).sort();
  const expected = (match: (action: Planned) => boolean) =>
    planned
      .filter(match)
      .map((action) => action.reference)
      .sort();

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Plan filters');
    b = await givenPartnership(api, 'Plan filters elsewhere');
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      cspChair: a.cspChair.email,
      healthLead: a.leadOfficer.email,
      otherCoordinator: b.coordinator.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    reviewId = await createReview();
    otherReviewId = await createReview();
    const fromReview = await recommend(reviewId, '1');
    const fromOtherReview = await recommend(otherReviewId, '1');

    // two rounds of every kind, agencies alternating; in the second round the health actions have the health
    // lead officer; two in three answer the review's recommendation, the rest the other review's
    for (let round = 0; round < 2; round++) {
      for (const [index, kind] of KINDS.entries()) {
        const agency = (index + round) % 2 === 0 ? 'police' : 'health';
        const leadOfficer = round === 1 && agency === 'health';
        const review = (round * KINDS.length + index) % 3 !== 0;
        const reference = `${round + 1}.${index + 1}`;
        const created = await send('coordinator', 'post', '/actions', {
          reference,
          description: `${kind.what} (${agency})`,
          leadAgencyId: a.agencies[agency],
          leadOfficerUserId: leadOfficer ? a.leadOfficer.id : null,
          targetDate: kind.target,
          targetToBeAgreed: kind.target === null,
          recommendationIds: [review ? fromReview : fromOtherReview],
          milestones: [],
        }).expect(201);
        const id = created.body.id as string;
        if (kind.reported) {
          await send(
            'coordinator',
            'post',
            `/actions/${id}/progress-updates`,
            { reportedOn: '2025-01-15', rag: kind.reported, narrative: 'As typed.' },
            created.body.version,
          ).expect(200);
        }
        // completion needs an evidence document; the state is what matters here, so it is set directly
        if (kind.state !== 'open') {
          await db().query(
            `UPDATE action SET status = $2, completed_on = '2025-01-20', outcome = 'Done.',
               closed_at = $3
             WHERE id = $1`,
            [id, kind.state, kind.state === 'closed' ? new Date() : null],
          );
        }
        planned.push({ id, reference, agency, leadOfficer, review, ...kind });
      }
    }
  });
  afterAll(() => api.close());

  it('rates every action as the domain does (overdue and reported green is Red)', async () => {
    const { items } = await walk('coordinator', {});
    expect(references(items)).toEqual(expected(() => true));
    for (const item of items) {
      const action = planned.find((p) => p.id === item['id'])!;
      expect([item['reference'], (item['rag'] as Body)['rating']]).toEqual([action.reference, action.rag]);
    }
    const overdueGreen = items.filter((item) =>
      (item['description'] as string).startsWith('overdue, reported green'),
    );
    expect(overdueGreen.map((item) => item['rag'])).toEqual([
      expect.objectContaining({ rating: 'red', reason: 'overdue' }),
      expect.objectContaining({ rating: 'red', reason: 'overdue' }),
    ]);
  });

  it('pages through exactly the actions of each rating, every page full but the last', async () => {
    for (const rating of ['red', 'amber', 'light_green', 'green'] as const) {
      const { pages, items } = await walk('coordinator', { rag: rating });
      expect([rating, references(items)]).toEqual([rating, expected((p) => p.rag === rating)]);
      expect(items.every((item) => (item['rag'] as Body)['rating'] === rating)).toBe(true);
      expect(pages.length).toBe(Math.max(1, Math.ceil(items.length / LIMIT)));
    }
    // the reds are ten, spread through the plan: read in id order, the first page of three holds one
    const reds = await walk('coordinator', { rag: 'red' });
    expect(reds.pages.map((page) => page.length)).toEqual([3, 3, 3, 1]);
  });

  it('combines the RAG with the review, agency, lead officer, status and due period', async () => {
    const cases: [Record<string, string>, (p: Planned) => boolean][] = [
      [{ rag: 'red', reviewId }, (p) => p.rag === 'red' && p.review],
      [{ rag: 'red', reviewId: otherReviewId }, (p) => p.rag === 'red' && !p.review],
      [{ rag: 'red', agencyId: a.agencies.police }, (p) => p.rag === 'red' && p.agency === 'police'],
      [
        { rag: 'light_green', agencyId: a.agencies.health, reviewId },
        (p) => p.rag === 'light_green' && p.agency === 'health' && p.review,
      ],
      [{ leadOfficerUserId: a.leadOfficer.id }, (p) => p.leadOfficer],
      [{ rag: 'red', leadOfficerUserId: a.leadOfficer.id }, (p) => p.rag === 'red' && p.leadOfficer],
      [
        { dueFrom: '2025-06-01', dueTo: '2098-12-31' },
        (p) => p.target !== null && p.target >= '2025-06-01' && p.target <= '2098-12-31',
      ],
      [
        { rag: 'red', dueFrom: '2025-06-01', dueTo: '2098-12-31', agencyId: a.agencies.health },
        (p) =>
          p.rag === 'red' &&
          p.agency === 'health' &&
          p.target !== null &&
          p.target >= '2025-06-01' &&
          p.target <= '2098-12-31',
      ],
      [
        { dueTo: '2025-12-31', status: 'open' },
        (p) => p.target !== null && p.target <= '2025-12-31' && p.state === 'open',
      ],
      [{ rag: 'light_green', status: 'completion_submitted' }, (p) => p.state === 'completion_submitted'],
      [{ rag: 'green', status: 'open' }, () => false],
    ];
    for (const [query, match] of cases) {
      const { items } = await walk('coordinator', query);
      expect([query, references(items)]).toEqual([query, expected(match)]);
    }
    // the filters combine: some of these must be non-empty, or the cases prove little
    expect(expected((p) => p.rag === 'red' && p.leadOfficer).length).toBeGreaterThan(0);
    expect(
      expected((p) => p.rag === 'light_green' && p.agency === 'health' && p.review).length,
    ).toBeGreaterThan(0);
  });

  it('shows a lead officer only their agency’s actions, paged full, whatever agency they ask for', async () => {
    const health = await walk('healthLead', { rag: 'red' });
    expect(references(health.items)).toEqual(expected((p) => p.rag === 'red' && p.agency === 'health'));
    expect(health.pages.map((page) => page.length)).toEqual([3, 2]);
    expect(references((await walk('healthLead', {})).items)).toEqual(expected((p) => p.agency === 'health'));
    const asked = await walk('healthLead', { rag: 'amber', agencyId: a.agencies.health, reviewId });
    expect(references(asked.items)).toEqual(
      expected((p) => p.rag === 'amber' && p.agency === 'health' && p.review),
    );
    expect((await walk('healthLead', { agencyId: a.agencies.police })).items).toEqual([]);
    expect((await walk('healthLead', { rag: 'red', agencyId: a.agencies.police })).items).toEqual([]);
    // the CSP chair reads the whole plan
    expect(references((await walk('cspChair', { rag: 'red' })).items)).toEqual(
      expected((p) => p.rag === 'red'),
    );
  });

  it('never lists another partnership’s actions, and refuses a rating or cursor it does not know', async () => {
    expect((await walk('otherCoordinator', {})).items).toEqual([]);
    expect((await walk('otherCoordinator', { rag: 'red', reviewId })).items).toEqual([]);
    const refused = await send('coordinator', 'get', '/actions?rag=purple').expect(400);
    expect(refused.body.errors.map((e: Body) => e['field'])).toEqual(['rag']);
    for (const cursor of [Buffer.from('not an id').toString('base64url'), 'not base64url!']) {
      const forged = await send(
        'coordinator',
        'get',
        `/actions?rag=red&cursor=${encodeURIComponent(cursor)}`,
      );
      expect([forged.status, forged.body.errors?.map((e: Body) => e['field'])]).toEqual([400, ['cursor']]);
    }
  });
});

import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { freshDatabase, FreshDatabase, signIn, startTestApi, TestApi } from '../support';
// the worker's own composition and demo data, as `npm start` seeds them
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEMO_PASSWORD } from '../../apps/worker/src/seed/demo-data';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DemoSeeder } from '../../apps/worker/src/seed/demo-seeder';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WorkerModule } from '../../apps/worker/src/worker.module';

type Body = Record<string, unknown>;
interface ActionSummary {
  id: string;
  reference: string;
  leadAgencyId: string;
  status: string;
  targetDate: string | null;
  targetToBeAgreed: boolean;
  lastUpdateOn: string | null;
  rag: { rating: string; reason: string };
}

/** Every table the demo's learning writes to, and the audit trail every service write adds to. */
const TABLES = [
  'review',
  'submission',
  'document',
  'learning_theme',
  'lesson',
  'recommendation_source',
  'recommendation',
  'action',
  'action_recommendation',
  'action_milestone',
  'progress_update',
  'audit_event',
];

/** The first day of the calendar quarter of a YYYY-MM-DD day. */
function quarterStart(day: string): string {
  const month = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${day.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}

/**
 * The demo data `npm start` loads: besides the review under way, the partnership's learning — an earlier,
 * published review with lessons and recommendations, a scrutiny review's recommendations, and an action plan
 * with history — loaded once, through the services, and seen by each person as the product would show it.
 */
describe('the demo learning', () => {
  let database: FreshDatabase;
  let api: TestApi;
  let worker: TestingModule;
  let coordinator: string;

  const get = async (authorization: string, path: string) =>
    (await api.http.get(path).set('authorization', authorization).expect(200)).body as Body;
  const counts = async (): Promise<Record<string, number>> => {
    const dataSource = api.app.get(DataSource);
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      result[table] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;
    }
    return result;
  };
  const allActions = async (authorization: string) =>
    (await get(authorization, '/api/v1/actions?limit=200'))['items'] as ActionSummary[];
  const agencyId = async (name: string) =>
    ((await get(coordinator, '/api/v1/agencies'))['items'] as { id: string; name: string }[]).find(
      (agency) => agency.name === name,
    )?.id;

  beforeAll(async () => {
    // a database of its own: the demo creates partnerships and users with fixed names
    database = await freshDatabase('demo');
    api = await startTestApi({ DATABASE_URL: database.url });
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config, false)] }).compile();
    await worker.init();
    await worker.get(DemoSeeder).seed();
    coordinator = (await signIn(api.http, 'coordinator@rotherham.demo', DEMO_PASSWORD)).authorization;
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  it('has a published earlier review with lessons and recommendations, beside the review under way', async () => {
    const reviews = (await get(coordinator, '/api/v1/reviews'))['items'] as Body[];
    expect(reviews.map((r) => [r['reference'], r['status']]).sort()).toEqual([
      ['DHR-2025-001', 'published'],
      ['DHR-2026-001', 'evidence_gathering'],
    ]);
    const published = reviews.find((r) => r['status'] === 'published') as Body;
    const lessons = (await get(coordinator, `/api/v1/reviews/${published['id']}/lessons`))['items'] as Body[];
    expect(lessons.map((l) => l['number'])).toEqual([1, 2, 3, 4, 5]);
    expect(lessons.every((l) => (l['themeIds'] as string[]).length > 0)).toBe(true);

    const recommendations = (await get(coordinator, `/api/v1/reviews/${published['id']}/recommendations`))[
      'items'
    ] as Body[];
    expect(recommendations).toHaveLength(10);
    expect(new Set(recommendations.map((r) => r['level']))).toEqual(new Set(['panel', 'single_agency']));
    expect(recommendations.filter((r) => r['scope'] === 'national')).toEqual([
      expect.objectContaining({ nationalRecipient: 'Home Office', nationalNotifiedOn: '2026-03-09' }),
    ]);
    const sources = (await get(coordinator, '/api/v1/recommendation-sources'))['items'] as Body[];
    expect(sources.map((s) => [s['key'], s['kind']]).sort()).toEqual([
      ['DHR-2025-001', 'review'],
      ['S', 'scrutiny_review'],
    ]);

    const search = (await get(coordinator, '/api/v1/learning/search?q=GP'))['items'] as Body[];
    expect(search.map((hit) => hit['kind'])).toEqual(expect.arrayContaining(['lesson', 'recommendation']));
  });

  it('has an action plan across agencies: overdue, to be agreed, awaiting sign-off, signed off', async () => {
    const actions = await allActions(coordinator);
    const today = new Date().toISOString().slice(0, 10);
    expect(actions).toHaveLength(11);
    expect(new Set(actions.map((a) => a.leadAgencyId)).size).toBeGreaterThanOrEqual(5);
    const rated = (rating: string, reason: string) =>
      actions.filter((a) => a.rag.rating === rating && a.rag.reason === reason).map((a) => a.reference);
    expect(rated('red', 'overdue').length).toBeGreaterThanOrEqual(2);
    expect(rated('light_green', 'completion_awaiting_sign_off')).toEqual(['1.2']);
    expect(rated('green', 'signed_off')).toEqual(['1.1', '2.6']);
    expect(actions.filter((a) => a.targetToBeAgreed).map((a) => a.reference)).toEqual(['2.3']);
    expect(
      actions.filter((a) => a.status === 'open' && a.targetDate !== null && a.targetDate < today).length,
    ).toBe(rated('red', 'overdue').length);

    // dated updates in several quarters, with their RAG, never overwritten
    const detail = await get(
      coordinator,
      `/api/v1/actions/${actions.find((a) => a.reference === '2.1')?.id}`,
    );
    const updates = detail['updates'] as { reportedOn: string; rag: string }[];
    expect(new Set(updates.map((u) => quarterStart(u.reportedOn))).size).toBe(3);
    expect(updates.map((u) => u.rag)).toEqual(['amber', 'light_green', 'amber']);
    const dashboard = await get(coordinator, '/api/v1/learning/dashboard');
    expect(dashboard['total']).toBe(11);
  });

  it('gives the lead officer their agency’s actions only, some due their update this quarter', async () => {
    const adultServices = await agencyId('Adult Services RMBC');
    const lead = (await signIn(api.http, 'lead-officer@rotherham.demo', DEMO_PASSWORD)).authorization;
    const mine = await allActions(lead);
    expect(mine.map((a) => a.reference).sort()).toEqual(['1.3', '2.2', '2.4']);
    expect(mine.every((a) => a.leadAgencyId === adultServices)).toBe(true);
    const thisQuarter = quarterStart(new Date().toISOString().slice(0, 10));
    expect(mine.some((a) => a.status === 'open' && (a.lastUpdateOn ?? '') < thisQuarter)).toBe(true);

    // another agency's action is not theirs to know of
    const others = (await allActions(coordinator)).filter((a) => a.leadAgencyId !== adultServices);
    await api.http.get(`/api/v1/actions/${others[0]?.id}`).set('authorization', lead).expect(404);
    const dashboard = await get(lead, '/api/v1/learning/dashboard');
    expect([dashboard['scope'], dashboard['total']]).toEqual(['agency', 3]);
  });

  it('loads once: seeding again adds nothing, not even an audit entry', async () => {
    const before = await counts();
    expect(before['lesson']).toBe(5);
    // the review's four submission parts and its QA letter; the evidence of three completed actions
    expect(before['document']).toBe(8);
    await worker.get(DemoSeeder).seed();
    expect(await counts()).toEqual(before);
  });
});

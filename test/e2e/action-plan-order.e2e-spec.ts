import { DataSource } from 'typeorm';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

type Body = Record<string, unknown>;

/** The plan as created: reference, section, target, last update, lead officer (a name or the account). */
const PLAN: [string, string | null, string | null, string | null, string | null][] = [
  ['1.10', 'Protect', '2098-06-30', '2026-10-01', 'Named Nurse'],
  ['1.2', 'Protect', '2098-01-31', null, 'DI 100% Smith'],
  ['1.8 (S)', 'Prevent', null, '2026-07-01', null],
  ['10.1', 'Priority 10', '2098-03-31', '2026-10-01', null],
  ['2.1', 'Priority 2', '2025-01-31', '2026-04-01', 'account'],
  ['3.1', null, '2099-12-31', null, 'named nurse (acting)'],
];

/**
 * GET /api/v1/actions in each order a coordinator works the plan in: as partnerships lay it out (section, then
 * reference, both as people read numbers), by target date, by RAG and by the last update; paged by cursor in
 * any of them; and the lead officer filter on part of a name, written or of the account assigned.
 */
describe('Action plan order', () => {
  let api: TestApi;
  let a: TestPartnership;
  let authorization: string;

  const list = (query: string) =>
    api.http.get(`/api/v1/actions?${query}`).set('authorization', authorization);
  /** Every reference of the plan in `sort` order, read two at a time. */
  const inOrder = async (query: string) => {
    const references: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { reference: string }[]; nextCursor: string | null } } = await list(
        `${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      ).expect(200);
      references.push(...page.body.items.map((item: { reference: string }) => item.reference));
      cursor = page.body.nextCursor;
    } while (cursor);
    return references;
  };

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'PlanOrder');
    ({ authorization } = await signIn(api.http, a.coordinator.email));
    for (const [reference, planSection, targetDate, updatedOn, officer] of PLAN) {
      const body: Body = {
        reference,
        planSection,
        description: `Action ${reference}`,
        leadAgencyId: a.agencies.health,
        ...(targetDate ? { targetDate } : { targetToBeAgreed: true }),
        ...(officer === 'account'
          ? { leadOfficerUserId: a.leadOfficer.id }
          : officer
            ? { leadOfficerName: officer }
            : {}),
        recommendationIds: [],
        milestones: [],
      };
      const created = await api.http
        .post('/api/v1/actions')
        .set('authorization', authorization)
        .send(body)
        .expect(201);
      if (updatedOn) {
        await api.http
          .post(`/api/v1/actions/${created.body.id}/progress-updates`)
          .set('authorization', authorization)
          .set('if-match', `"${created.body.version}"`)
          .send({ reportedOn: updatedOn, rag: reference === '10.1' ? 'red' : 'amber', narrative: 'Going.' })
          .expect(200);
      }
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lays the plan out by section, then reference, as people read numbers; no section last', async () => {
    expect(await inOrder('')).toEqual(['1.8 (S)', '2.1', '10.1', '1.2', '1.10', '3.1']);
    expect(await inOrder('sort=plan')).toEqual(['1.8 (S)', '2.1', '10.1', '1.2', '1.10', '3.1']);
  });

  it('orders by target date, "to be agreed" last', async () => {
    expect(await inOrder('sort=target')).toEqual(['2.1', '1.2', '10.1', '1.10', '3.1', '1.8 (S)']);
  });

  it('orders by RAG, Red first: overdue (2.1) and reported red (10.1), then amber', async () => {
    expect(await inOrder('sort=rag')).toEqual(['2.1', '10.1', '1.2', '1.8 (S)', '1.10', '3.1']);
  });

  it('orders by the last update: never updated first, then the oldest', async () => {
    expect(await inOrder('sort=updated')).toEqual(['1.2', '3.1', '2.1', '1.8 (S)', '1.10', '10.1']);
  });

  it('combines an order with the filters, and refuses a cursor of another order', async () => {
    expect(await inOrder('sort=target&dueFrom=2098-01-01&dueTo=2098-12-31')).toEqual(['1.2', '10.1', '1.10']);
    const first = await list('sort=plan&limit=2').expect(200);
    const other = await list(`sort=target&limit=2&cursor=${first.body.nextCursor}`).expect(400);
    expect(other.body.errors).toEqual([{ field: 'cursor', message: expect.any(String) }]);
    const wrong = await list('sort=alphabetical').expect(400);
    expect(wrong.body.errors).toEqual([{ field: 'sort', message: expect.any(String) }]);
  });

  it('filters by part of the lead officer’s name, written on the action or of the account', async () => {
    expect(await inOrder('leadOfficer=NURSE')).toEqual(['1.10', '3.1']);
    expect(await inOrder('leadOfficer=100%25')).toEqual(['1.2']);
    expect(await inOrder('leadOfficer=Smith%25')).toEqual([]);
    const [account] = await api.app
      .get(DataSource)
      .query(`SELECT display_name FROM app_user WHERE id = $1`, [a.leadOfficer.id]);
    // the list names each lead officer as a person reads it: as written, or the assigned account's name
    const all = (await list('limit=10').expect(200)).body.items as {
      reference: string;
      leadOfficer: string | null;
    }[];
    expect(Object.fromEntries(all.map((item) => [item.reference, item.leadOfficer]))).toEqual({
      '1.8 (S)': null,
      '2.1': account.display_name,
      '10.1': null,
      '1.2': 'DI 100% Smith',
      '1.10': 'Named Nurse',
      '3.1': 'named nurse (acting)',
    });
    expect(await inOrder(`leadOfficer=${encodeURIComponent(account.display_name.slice(0, 8))}`)).toEqual([
      '2.1',
    ]);
  });
});

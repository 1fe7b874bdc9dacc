import { givenLearningPeople, Send, startTestApi, TestApi } from '../support';

type Body = Record<string, unknown>;

/**
 * A partnership's themes of learning, kept by its coordinator alone: names unique whatever their case, changes
 * under If-Match and audited, and another partnership seeing none of them.
 */
describe('Learning: themes', () => {
  let api: TestApi;
  let send: Send;

  beforeAll(async () => {
    api = await startTestApi();
    ({ send } = await givenLearningPeople(api));
  });
  afterAll(() => api.close());

  const themes: Record<string, { id: string; version: number }> = {};

  it('lets the coordinator keep the list, names unique whatever their case, changes under If-Match, audited', async () => {
    for (const name of ['Risk assessment', 'Information sharing']) {
      const created = await send('coordinator', 'post', '/themes', { name }).expect(201);
      expect(created.headers['etag']).toBe('"1"');
      expect(created.body).toEqual({ id: expect.any(String), name, active: true, version: 1 });
      themes[name] = created.body;
    }
    const duplicate = await send('coordinator', 'post', '/themes', { name: 'RISK ASSESSMENT ' }).expect(409);
    expect(duplicate.body.code).toBe('theme_name_taken');
    await send('chair', 'post', '/themes', { name: 'GP involvement' }).expect(403);
    await send('healthAuthor', 'get', '/themes').expect(403);

    const sharing = themes['Information sharing']!;
    await send('coordinator', 'patch', `/themes/${sharing.id}`, { name: 'Sharing' }).expect(428);
    await send('coordinator', 'patch', `/themes/${sharing.id}`, { name: 'Sharing' }, 7).expect(412);
    const clash = await send(
      'coordinator',
      'patch',
      `/themes/${sharing.id}`,
      { name: 'risk assessment' },
      sharing.version,
    ).expect(409);
    expect(clash.body.code).toBe('theme_name_taken');
    const renamed = await send(
      'coordinator',
      'patch',
      `/themes/${sharing.id}`,
      { name: 'Information sharing between agencies' },
      sharing.version,
    ).expect(200);
    expect(renamed.body).toMatchObject({ name: 'Information sharing between agencies', version: 2 });
    expect(renamed.headers['etag']).toBe('"2"');
    themes['Information sharing'] = renamed.body;

    const listed = await send('leadOfficer', 'get', '/themes').expect(200);
    expect(listed.body.items.map((t: Body) => t['name'])).toEqual([
      'Information sharing between agencies',
      'Risk assessment',
    ]);
    expect((await send('otherCoordinator', 'get', '/themes').expect(200)).body.items).toEqual([]);
    await send('otherCoordinator', 'patch', `/themes/${sharing.id}`, { active: false }, 2).expect(404);

    const audit = await send('coordinator', 'get', `/audit?entityId=${sharing.id}`).expect(200);
    expect(audit.body.items.map((e: Body) => e['action']).sort()).toEqual(['theme.created', 'theme.updated']);
  });
});

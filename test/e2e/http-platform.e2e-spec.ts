import { DataSource } from 'typeorm';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

/** The HTTP conventions every context relies on: problem details, If-Match, Idempotency-Key, headers. */
describe('HTTP platform', () => {
  let api: TestApi;
  let partnership: TestPartnership;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi();
    partnership = await givenPartnership(api, 'Http');
    coordinator = (await signIn(api.http, partnership.coordinator.email)).authorization;
  });
  afterAll(() => api.close());

  it('names every unknown and invalid field in one problem+json 400, and writes nothing', async () => {
    const response = await api.http
      .post('/api/v1/agencies')
      .set('authorization', coordinator)
      .send({ name: '', type: 'spaceship', colour: 'red' })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, code: 'validation_failed' });
    const errors = response.body.errors as { field: string; message: string }[];
    expect(errors).toContainEqual({ field: 'colour', message: 'is not a known field' });
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['colour', 'name', 'type']));
    expect(response.text).not.toMatch(/at .*\.ts:\d+/);
    const agencies = await api.http.get('/api/v1/agencies').set('authorization', coordinator).expect(200);
    expect(agencies.body.items).toHaveLength(2);
  });

  it('refuses a stale If-Match with 412, and an update without one with 428', async () => {
    const path = `/api/v1/agencies/${partnership.agencies.health}`;
    const current = await api.http.get(path).set('authorization', coordinator).expect(200);
    const etag = current.headers['etag'] as string;
    expect(etag).toMatch(/^"\d+"$/);
    await api.http.patch(path).set('authorization', coordinator).send({ shortName: 'HT' }).expect(428);
    const updated = await api.http
      .patch(path)
      .set('authorization', coordinator)
      .set('if-match', etag)
      .send({ shortName: 'HT' })
      .expect(200);
    expect(updated.headers['etag']).not.toEqual(etag);
    const stale = await api.http
      .patch(path)
      .set('authorization', coordinator)
      .set('if-match', etag)
      .send({ shortName: 'X' })
      .expect(412);
    expect(stale.body.code).toBe('stale_version');
    const after = await api.http.get(path).set('authorization', coordinator).expect(200);
    expect(after.body.shortName).toBe('HT');
  });

  it('replays a repeated Idempotency-Key: same status and body, one row', async () => {
    const body = {
      email: `idem-${Date.now()}@test.example`,
      displayName: 'Idem Potent',
      roles: ['csp_chair'],
    };
    const first = await api.http
      .post('/api/v1/users')
      .set('authorization', coordinator)
      .set('idempotency-key', `key-${body.email}`)
      .send(body)
      .expect(201);
    const again = await api.http
      .post('/api/v1/users')
      .set('authorization', coordinator)
      .set('idempotency-key', `key-${body.email}`)
      .send(body)
      .expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const rows = await api.app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM app_user WHERE email = $1', [body.email]);
    expect(rows[0].n).toBe(1);
    const reused = await api.http
      .post('/api/v1/users')
      .set('authorization', coordinator)
      .set('idempotency-key', `key-${body.email}`)
      .send({ ...body, displayName: 'Someone Else' })
      .expect(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });

  it('answers retries sent at the same moment with one creation', async () => {
    const body = {
      email: `idem-race-${Date.now()}@test.example`,
      displayName: 'Raced',
      roles: ['csp_chair'],
    };
    const send = () =>
      api.http
        .post('/api/v1/users')
        .set('authorization', coordinator)
        .set('idempotency-key', `race-${body.email}`)
        .send(body);
    const responses = await Promise.all([send(), send(), send()]);
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    const rows = await api.app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM app_user WHERE email = $1', [body.email]);
    expect(rows[0].n).toBe(1);
  });

  it('keeps a safe X-Request-Id and replaces one that could forge a log line', async () => {
    const kept = await api.http.get('/api/health').set('x-request-id', 'trace-abc-12345678').expect(200);
    expect(kept.headers['x-request-id']).toBe('trace-abc-12345678');
    const replaced = await api.http
      .get('/api/health')
      .set('x-request-id', 'evil id } {"level":60}')
      .expect(200);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and answers unknown API paths with problem+json 404', async () => {
    const response = await api.http.get('/api/v1/no-such-thing').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('reports health and Prometheus metrics', async () => {
    const health = await api.http.get('/api/health').expect(200);
    expect(health.body).toEqual({ status: 'ok', database: 'ok', redis: 'ok' });
    const metrics = await api.http.get('/api/metrics').expect(200);
    expect(metrics.text).toContain('http_request_duration_seconds');
  });

  it('publishes OpenAPI 3.1 with an operationId and a tag on every operation', async () => {
    const document = (await api.http.get('/api/openapi.json').expect(200)).body as {
      openapi: string;
      paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>>;
    };
    expect(document.openapi).toMatch(/^3\.1\./);
    const operations = Object.values(document.paths).flatMap((path) => Object.values(path));
    expect(operations.length).toBeGreaterThan(15);
    const ids = operations.map((op) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.every((op) => (op.tags ?? []).length > 0)).toBe(true);
  });
});

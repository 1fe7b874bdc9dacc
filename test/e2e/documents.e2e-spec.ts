import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from 'supertest';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

const MAX_BYTES = 64 * 1024;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 1),
]);
const ODT_TYPE = 'application/vnd.oasis.opendocument.text';
/** The start of an OpenDocument text: a zip whose first entry, stored, is "mimetype". */
const ODT = (() => {
  const header = Buffer.alloc(30);
  header.set([0x50, 0x4b, 0x03, 0x04, 0x0a, 0]);
  header.writeUInt16LE(8, 26);
  return Buffer.concat([header, Buffer.from(`mimetype${ODT_TYPE}`), Buffer.alloc(500, 7)]);
})();

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
/** Files attached to records: authorised like the record, checked, checksummed and audited. */
describe('documents', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  let coordinator: string;
  let policeAuthor: string;
  const filesDir = `/tmp/${process.env['TEST_DATABASE_NAME'] ?? 'dhr'}-files`;

  beforeAll(async () => {
    api = await startTestApi({ DOCUMENT_MAX_BYTES: String(MAX_BYTES), FILES_DIR: filesDir });
    a = await givenPartnership(api, 'DocsA');
    b = await givenPartnership(api, 'DocsB');
    coordinator = (await signIn(api.http, a.coordinator.email)).authorization;
    policeAuthor = (await signIn(api.http, a.policeAuthor.email)).authorization;
  });
  afterAll(() => api.close());

  const upload = (
    authorization: string,
    ownerId: string,
    content: Buffer,
    filename: string,
    contentType: string,
    ownerType = 'agency',
  ) =>
    api.http
      .post(`/api/v1/documents?ownerType=${ownerType}&ownerId=${ownerId}`)
      .set('authorization', authorization)
      .attach('file', content, { filename, contentType });
  const list = (authorization: string, ownerId: string, query = '') =>
    api.http
      .get(`/api/v1/documents?ownerType=agency&ownerId=${ownerId}${query}`)
      .set('authorization', authorization);
  const download = (authorization: string, id: string) =>
    api.http.get(`/api/v1/documents/${id}/content`).set('authorization', authorization).responseType('blob'); // the body as the stored bytes, whatever their type
  const auditOf = async (id: string) =>
    (
      await api.http.get(`/api/v1/audit?entityId=${id}`).set('authorization', coordinator).expect(200)
    ).body.items.map((e: { action: string; actorUserId: string }) => [e.action, e.actorUserId]);
  const storedFiles = async () =>
    (await readdir(filesDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();

  it('uploads, lists and downloads the same bytes with their checksum, removes them, and audits each step', async () => {
    const created = await upload(
      coordinator,
      a.agencies.police,
      PDF,
      'Data sharing agreement.pdf',
      'application/pdf',
    ).expect(201);
    const id = created.body.id as string;
    expect(created.headers['location']).toBe(`/api/v1/documents/${id}`);
    expect(created.body).toEqual({
      id,
      ownerType: 'agency',
      ownerId: a.agencies.police,
      filename: 'Data sharing agreement.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
      uploadedBy: a.coordinator.id,
      createdAt: expect.any(String),
    });
    expect(await storedFiles()).toContain(id);

    const listed = await list(coordinator, a.agencies.police).expect(200);
    expect(listed.body).toEqual({ items: [created.body], nextCursor: null });
    const shown = await api.http
      .get(`/api/v1/documents/${id}`)
      .set('authorization', policeAuthor)
      .expect(200);
    expect(shown.body).toEqual(created.body);

    const downloaded: Response = await download(policeAuthor, id).expect(200);
    const bytes = downloaded.body as Buffer;
    expect(bytes.equals(PDF)).toBe(true);
    expect(sha256(bytes)).toBe(created.body.sha256);
    expect(downloaded.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(PDF.length),
      'content-disposition': `attachment; filename="Data sharing agreement.pdf"; filename*=UTF-8''Data%20sharing%20agreement.pdf`,
      'x-content-type-options': 'nosniff',
      etag: `"${sha256(PDF)}"`,
    });

    await api.http.delete(`/api/v1/documents/${id}`).set('authorization', coordinator).expect(204);
    await api.http.get(`/api/v1/documents/${id}`).set('authorization', coordinator).expect(404);
    await download(coordinator, id).expect(404);
    expect(await storedFiles()).not.toContain(id);
    expect(await auditOf(id)).toEqual([
      ['document.deleted', a.coordinator.id],
      ['document.downloaded', a.policeAuthor.id],
      ['document.uploaded', a.coordinator.id],
    ]);
  });

  it.each([
    ['a PNG', PNG, 'scan.png', 'image/png', 'image/png', 'scan.png'],
    ['an OpenDocument text', ODT, 'minutes.odt', ODT_TYPE, ODT_TYPE, 'minutes.odt'],
    [
      'a CSV declared as Excel by Windows',
      Buffer.from('date,event\n'),
      'chronology.csv',
      'application/vnd.ms-excel',
      'text/csv',
      'chronology.csv',
    ],
    [
      'a PDF of unknown type, by its extension',
      PDF,
      'letter.pdf',
      'application/octet-stream',
      'application/pdf',
      'letter.pdf',
    ],
    [
      'a PDF with an unsafe name',
      PDF,
      '../../etc/passwd',
      'application/pdf',
      'application/pdf',
      'passwd.pdf',
    ],
  ])('accepts %s', async (_case, content, filename, declared, stored, shown) => {
    const created = await upload(coordinator, a.agencies.health, content, filename, declared).expect(201);
    expect(created.body).toMatchObject({ contentType: stored, filename: shown, sha256: sha256(content) });
    const downloaded: Response = await download(coordinator, created.body.id).expect(200);
    expect((downloaded.body as Buffer).equals(content)).toBe(true);
    expect(downloaded.headers['content-type']).toBe(stored);
  });

  it("keeps partnership A's documents from partnership B: 404 to see, download, delete, list or attach", async () => {
    const created = await upload(coordinator, a.agencies.health, PDF, 'a.pdf', 'application/pdf').expect(201);
    const id = created.body.id as string;
    const other = (await signIn(api.http, b.coordinator.email)).authorization;
    await api.http.get(`/api/v1/documents/${id}`).set('authorization', other).expect(404);
    await download(other, id).expect(404);
    await api.http.delete(`/api/v1/documents/${id}`).set('authorization', other).expect(404);
    await list(other, a.agencies.health).expect(404);
    await upload(other, a.agencies.health, PDF, 'b.pdf', 'application/pdf').expect(404);

    await upload(other, b.agencies.health, PDF, 'b.pdf', 'application/pdf').expect(201);
    await api.http.get(`/api/v1/documents/${id}`).set('authorization', coordinator).expect(200);
    expect(await auditOf(id)).toEqual([['document.uploaded', a.coordinator.id]]);
  });

  it('lets an IMR author read documents but not attach or remove them', async () => {
    const created = await upload(coordinator, a.agencies.police, PDF, 'a.pdf', 'application/pdf').expect(201);
    await list(policeAuthor, a.agencies.police).expect(200);
    const refused = await upload(policeAuthor, a.agencies.police, PDF, 'mine.pdf', 'application/pdf').expect(
      403,
    );
    expect(refused.body.code).toBe('forbidden');
    await api.http
      .delete(`/api/v1/documents/${created.body.id}`)
      .set('authorization', policeAuthor)
      .expect(403);
    await api.http.get(`/api/v1/documents/${created.body.id}`).set('authorization', coordinator).expect(200);
  });

  it('refuses a file too large, of a type not accepted, pretending to be another type, or empty, and keeps nothing', async () => {
    const owner = (await upload(coordinator, a.agencies.police, PDF, 'x.pdf', 'application/pdf').expect(201))
      .body.ownerId as string;
    const before = await storedFiles();
    const listedBefore = (await list(coordinator, owner).expect(200)).body.items;

    const tooLarge = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES, 0x20)]);
    const large = await upload(coordinator, owner, tooLarge, 'big.pdf', 'application/pdf').expect(413);
    expect(large.body).toMatchObject({ code: 'too_large', detail: expect.stringContaining('64 KB') });
    const executable = await upload(
      coordinator,
      owner,
      Buffer.from('MZ\x90\x00'),
      'run.exe',
      'application/x-msdownload',
    ).expect(415);
    expect(executable.body.code).toBe('unsupported_type');
    const disguised = await upload(
      coordinator,
      owner,
      Buffer.from('MZ\x90\x00 not a pdf'),
      'report.pdf',
      'application/pdf',
    ).expect(415);
    expect(disguised.body.code).toBe('unsupported_type');
    const pngAsJpeg = await upload(coordinator, owner, PNG, 'scan.jpg', 'image/jpeg').expect(415);
    expect(pngAsJpeg.body.code).toBe('unsupported_type');
    const empty = await upload(coordinator, owner, Buffer.alloc(0), 'empty.txt', 'text/plain').expect(400);
    expect(empty.body.code).toBe('empty_file');

    expect(await storedFiles()).toEqual(before);
    expect((await list(coordinator, owner).expect(200)).body.items).toEqual(listedBefore);
  });

  it('answers bad requests with 400 naming the field', async () => {
    const unknown = await upload(
      coordinator,
      a.agencies.police,
      PDF,
      'x.pdf',
      'application/pdf',
      'spaceship',
    ).expect(400);
    expect(unknown.body.errors).toEqual([
      { field: 'ownerType', message: 'must be one of action, agency, panel-meeting, review' },
    ]);
    const malformed = await upload(
      coordinator,
      a.agencies.police,
      PDF,
      'x.pdf',
      'application/pdf',
      'Agency',
    ).expect(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual(['ownerType']);
    const notJson = await api.http
      .post(`/api/v1/documents?ownerType=agency&ownerId=${a.agencies.police}`)
      .set('authorization', coordinator)
      .send({ file: 'x' })
      .expect(400);
    expect(notJson.body.errors).toEqual([{ field: 'file', message: 'Send the file as multipart/form-data' }]);
    const wrongField = await api.http
      .post(`/api/v1/documents?ownerType=agency&ownerId=${a.agencies.police}`)
      .set('authorization', coordinator)
      .attach('document', PDF, { filename: 'x.pdf', contentType: 'application/pdf' })
      .expect(400);
    expect(wrongField.body.errors).toEqual([
      { field: 'file', message: 'Send the file in the field named file' },
    ]);
    await list(coordinator, a.agencies.police, '&cursor=not-a-cursor').expect(400);
  });

  it("pages through a record's documents in the order they were attached", async () => {
    const other = (await signIn(api.http, b.coordinator.email)).authorization;
    const ids: string[] = [];
    for (const name of ['one.pdf', 'two.pdf', 'three.pdf']) {
      ids.push((await upload(other, b.agencies.police, PDF, name, 'application/pdf').expect(201)).body.id);
    }
    const first = await list(other, b.agencies.police, '&limit=2').expect(200);
    expect(first.body.items.map((d: { id: string }) => d.id)).toEqual(ids.slice(0, 2));
    const rest = await list(other, b.agencies.police, `&limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect(rest.body).toMatchObject({ items: [{ id: ids[2] }], nextCursor: null });
  });

  it('keeps the connection usable after refusing an upload part-way through sending it', async () => {
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const request = (method: string, path: string, headers: http.OutgoingHttpHeaders, body?: Buffer) =>
      new Promise<number | string>((resolve) => {
        // well within the server's own timeouts, which would end a stalled connection eventually
        const stalled = setTimeout(() => resolve('stalled'), 5000);
        const answer = (result: number | string) => {
          clearTimeout(stalled);
          resolve(result);
        };
        const req = http.request({ agent, port, host: '127.0.0.1', method, path, headers }, (res) => {
          res.resume();
          res.on('end', () => answer(res.statusCode ?? 0));
        });
        req.on('error', (error) => answer(error.message));
        req.end(body);
      });
    // far more than socket buffers hold, so most of it is still on the way when the refusal is sent
    const boundary = 'documents-e2e';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="x.pdf"\r\n`),
      Buffer.from('content-type: application/pdf\r\n\r\nMZ'),
      Buffer.alloc(8 * 1024 * 1024, 0x41),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const headers = {
      authorization: policeAuthor,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': body.length,
    };
    const path = `/api/v1/documents?ownerType=agency&ownerId=${a.agencies.police}`;
    try {
      expect(await request('POST', path, headers, body)).toBe(403);
      expect(await request('GET', '/api/health', {})).toBe(200);
      expect(await request('POST', path, { ...headers, authorization: coordinator }, body)).toBe(415);
      expect(await request('GET', '/api/health', {})).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});

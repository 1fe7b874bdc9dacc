import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  binary,
  givenAgreedTerms,
  givenCommissionedReview,
  givenPartnership,
  givenSentRequest,
  signIn,
  startTestApi,
  TestApi,
  TestPartnership,
} from '../support';

type Body = Record<string, unknown>;
type Entry = { id: string; agencyName: string; date: string; event: string; linkedEntryIds: string[] };

/** The bytes of one file inside a zip (an XLSX or DOCX), read through the central directory. */
function unzipEntry(zip: Buffer, name: string): Buffer | undefined {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const [method, size, nameLength] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28),
    ];
    const [extra, comment, local] = [
      zip.readUInt16LE(at + 30),
      zip.readUInt16LE(at + 32),
      zip.readUInt32LE(at + 42),
    ];
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : inflateRawSync(data);
    }
    at += 46 + nameLength + extra + comment;
  }
  return undefined;
}

/**
 * The combined chronology of a review: every agency's entries in the documented order, filtered by agency,
 * subject and period, the chair's decisions on entries that record the same event, and its exports; reached
 * only by those who may view the review.
 */
describe('combined chronology', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  const as: Record<string, string> = {};
  let reviewId: string;
  let reference: string;
  const entryIds: Record<string, string> = {};

  const send = (who: string, method: 'get' | 'post' | 'put', path: string, body?: Body, version?: number) => {
    const request = api.http[method](`/api/v1${path}`).set('authorization', as[who]!);
    if (version !== undefined) request.set('if-match', `"${version}"`);
    return body === undefined ? request : request.send(body);
  };
  const chronology = async (query = '', who = 'chair'): Promise<Entry[]> =>
    (await send(who, 'get', `/reviews/${reviewId}/chronology${query}`).expect(200)).body.items;

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Combined');
    b = await givenPartnership(api, 'Beyond');
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      chair: a.chair.email,
      cspChair: a.cspChair.email,
      policeAuthor: a.policeAuthor.email,
      healthAuthor: a.healthAuthor.email,
      otherCoordinator: b.coordinator.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    const review = await givenCommissionedReview(api, a, as['coordinator']!, [
      { pseudonym: 'MA 1', role: 'victim' },
      { pseudonym: 'MA 2', role: 'perpetrator' },
    ]);
    reviewId = review.id;
    reference = review.reference;
    await givenAgreedTerms(api, a, reviewId);
    const entries: Record<'policeAuthor' | 'healthAuthor', [string, Body][]> = {
      policeAuthor: [
        ['P1985', { date: 'c. 1985', subjects: ['MA 2'], event: 'MA 2 cautioned for criminal damage.' }],
        ['P2013', { date: '2013', subjects: ['MA 1', 'MA 2'], event: 'MA 1 reported harassment by MA 2.' }],
        [
          'P15Aug',
          {
            date: '15/08/2013',
            sourceReference: 'Incident log 13/4471',
            subjects: ['MA 1', 'MA 2'],
            event: 'Officers attended a domestic incident at the home of MA 1; MA 2 arrested.',
            actionOutcome: 'MA 2 charged.',
            analysis: 'A DASH risk assessment was completed.',
          },
        ],
      ],
      healthAuthor: [
        ['H1985', { date: '1985', subjects: ['MA 2'], event: 'MA 2 seen by the GP about a hand injury.' }],
        [
          'HSpring',
          { date: 'spring 2007', subjects: ['MA 1'], event: 'MA 1 registered with the GP practice.' },
        ],
        [
          'HMidAug',
          {
            date: 'mid-August 2013',
            subjects: ['MA 1', 'MA 2'],
            event: 'Domestic incident at the home of MA 1 reported; officers attended and MA 2 arrested.',
          },
        ],
      ],
    };
    for (const [author, agencyId] of [
      ['policeAuthor', a.agencies.police],
      ['healthAuthor', a.agencies.health],
    ] as const) {
      const request = await givenSentRequest(
        api,
        as['coordinator']!,
        reviewId,
        agencyId,
        author === 'policeAuthor' ? a.policeAuthor.id : a.healthAuthor.id,
      );
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
        const items: { id: string }[] = added.body.items;
        entryIds[name] = items.find((item) => !Object.values(entryIds).includes(item.id))!.id;
      }
    }
  });
  afterAll(() => api.close());

  const names = (items: Entry[]) =>
    items.map((item) => Object.entries(entryIds).find(([, id]) => id === item.id)![0]);

  it('merges every agency’s entries in the documented order, respecting each date’s precision', async () => {
    const items = await chronology();
    // "1985" before "c. 1985" (exact first), a year before anything it could precede, "mid-August 2013"
    // (from 11 August) before "15 August 2013"
    expect(names(items)).toEqual(['H1985', 'P1985', 'HSpring', 'P2013', 'HMidAug', 'P15Aug']);
    expect(items.map((item) => item.date)).toEqual([
      '1985',
      'c. 1985',
      'spring 2007',
      '2013',
      'mid-August 2013',
      '15 August 2013',
    ]);
    const police = items.find((item) => item.id === entryIds['P15Aug']);
    expect(police).toMatchObject({
      agencyName: expect.stringContaining('Combined Police'),
      earliestOn: '2013-08-15',
      latestOn: '2013-08-15',
      precision: 'day',
      sourceReference: 'Incident log 13/4471',
      subjects: ['MA 1', 'MA 2'],
      linkedEntryIds: [],
    });
    expect(items.find((item) => item.id === entryIds['HMidAug'])).toMatchObject({
      agencyName: expect.stringContaining('Combined Health Trust'),
      earliestOn: '2013-08-11',
      latestOn: '2013-08-20',
    });
  });

  it('filters by agency, subject and period (overlap of the date’s days with the period)', async () => {
    expect(names(await chronology(`?agencyId=${a.agencies.police}`))).toEqual(['P1985', 'P2013', 'P15Aug']);
    expect(names(await chronology('?subject=ma%201'))).toEqual(['HSpring', 'P2013', 'HMidAug', 'P15Aug']);
    expect(names(await chronology('?from=2013-08-16&to=2013-12-31'))).toEqual(['P2013', 'HMidAug']);
    expect(names(await chronology('?to=1985-06-30'))).toEqual(['H1985', 'P1985']);
    expect(names(await chronology(`?agencyId=${a.agencies.health}&subject=MA%202&from=2013-01-01`))).toEqual([
      'HMidAug',
    ]);
    const reversed = await send(
      'chair',
      'get',
      `/reviews/${reviewId}/chronology?from=2014-01-01&to=2013-01-01`,
    ).expect(400);
    expect(reversed.body.errors).toEqual([{ field: 'to', message: 'to must be on or after from' }]);
    await send('chair', 'get', `/reviews/${reviewId}/chronology?from=2013-02-30`).expect(400);
  });

  it('exists only for those who may view the review', async () => {
    // an IMR author sees their own agency's chronology through their request, not the review's
    await send('policeAuthor', 'get', `/reviews/${reviewId}/chronology`).expect(404);
    await send('healthAuthor', 'get', `/reviews/${reviewId}/chronology/export?format=csv`).expect(404);
    await send('otherCoordinator', 'get', `/reviews/${reviewId}/chronology`).expect(404);
    await send('otherCoordinator', 'post', `/reviews/${reviewId}/chronology/duplicate-checks`).expect(404);
    // the CSP chair views the review, but agencies' drafts only once they reach the chair
    expect(await chronology('', 'cspChair')).toEqual([]);
    expect(await chronology('', 'coordinator')).toHaveLength(6);
  });

  it('records the chair’s decision on two entries, shows linked entries, and lets the chair change it', async () => {
    const path = `/reviews/${reviewId}/chronology/links`;
    const [low, high] = [entryIds['P15Aug']!, entryIds['HMidAug']!].sort();
    const linked = await send('chair', 'post', path, {
      entryA: high,
      entryB: low,
      decision: 'linked',
    }).expect(201);
    expect(linked.body).toMatchObject({
      entryA: low,
      entryB: high,
      decision: 'linked',
      decidedBy: a.chair.id,
    });
    let items = await chronology();
    expect(items.find((item) => item.id === low)!.linkedEntryIds).toEqual([high]);
    expect(items.find((item) => item.id === high)!.linkedEntryIds).toEqual([low]);
    expect(items.find((item) => item.id === entryIds['P2013'])!.linkedEntryIds).toEqual([]);

    const changed = await send('coordinator', 'post', path, {
      entryA: low,
      entryB: high,
      decision: 'dismissed',
    }).expect(201);
    expect(changed.body).toMatchObject({ id: linked.body.id, decision: 'dismissed' });
    items = await chronology();
    expect(items.every((item) => item.linkedEntryIds.length === 0)).toBe(true);
    const audit = await send('coordinator', 'get', `/audit?entityId=${linked.body.id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'chronology-link.changed',
      'chronology-link.decided',
    ]);

    const refused = await send('chair', 'post', path, {
      entryA: low,
      entryB: low,
      decision: 'linked',
    }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'entryB', message: 'Choose two different entries' }]);
    await send('chair', 'post', path, { entryA: low, entryB: a.id, decision: 'linked' }).expect(404);
    await send('chair', 'post', path, { entryA: low, entryB: high, decision: 'maybe' }).expect(400);
    await send('cspChair', 'post', path, { entryA: low, entryB: high, decision: 'linked' }).expect(403);
    await send('policeAuthor', 'post', path, { entryA: low, entryB: high, decision: 'linked' }).expect(404);
  });

  it('queues a duplicate check for the worker, for the chair or coordinator only', async () => {
    const path = `/reviews/${reviewId}/chronology/duplicate-checks`;
    await send('cspChair', 'post', path).expect(403);
    await send('chair', 'get', `${path}/latest`).expect(404);
    const check = await send('chair', 'post', path).expect(201);
    expect(check.body).toMatchObject({ status: 'queued', progress: 0, entriesChecked: 0, pairsFound: 0 });
    const queued: { payload: Body }[] = await api.app
      .get(DataSource)
      .query(
        `SELECT payload FROM outbox_message WHERE job_name = 'imr.check-chronology-duplicates' AND partnership_id = $1`,
        [a.id],
      );
    expect(queued.map((row) => row.payload)).toEqual([{ partnershipId: a.id, checkId: check.body.id }]);
    const latest = await send('chair', 'get', `${path}/latest`).expect(200);
    expect(latest.body).toMatchObject({ id: check.body.id, status: 'queued', candidates: [] });
  });

  it('exports the same rows as CSV, XLSX and a DOCX table titled with the reference, and audits each', async () => {
    const exported = (format: string, query = '') =>
      binary(send('chair', 'get', `/reviews/${reviewId}/chronology/export?format=${format}${query}`)).expect(
        200,
      );
    const header = ['Date', 'Agency', 'Source record', 'Subjects', 'Event', 'Action/outcome', 'Analysis'];

    const csv = await exported('csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="${reference}-combined-chronology.csv"`,
    );
    const csvSheet = await new ExcelJS.Workbook().csv.read(
      Readable.from([(csv.body as Buffer).toString('utf8').replace(/^\ufeff/, '')]),
    );
    const csvRows = csvSheet
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
    expect(csvRows[0]).toEqual(header);
    expect(csvRows.slice(1).map((row) => row[0])).toEqual([
      '1985',
      'c. 1985',
      'spring 2007',
      '2013',
      'mid-August 2013',
      '15 August 2013',
    ]);
    expect(csvRows[6]).toEqual([
      '15 August 2013',
      expect.stringContaining('Combined Police'),
      'Incident log 13/4471',
      'MA 1, MA 2',
      'Officers attended a domestic incident at the home of MA 1; MA 2 arrested.',
      'MA 2 charged.',
      'A DASH risk assessment was completed.',
    ]);

    const xlsx = await exported('xlsx', `&agencyId=${a.agencies.health}`);
    expect(xlsx.headers['content-disposition']).toBe(
      `attachment; filename="${reference}-combined-chronology.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0]!;
    const xlsxRows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
    expect(xlsxRows[0]).toEqual(header);
    expect(xlsxRows.slice(1).map((row) => [row[0], row[4]])).toEqual([
      ['1985', 'MA 2 seen by the GP about a hand injury.'],
      ['spring 2007', 'MA 1 registered with the GP practice.'],
      [
        'mid-August 2013',
        'Domestic incident at the home of MA 1 reported; officers attended and MA 2 arrested.',
      ],
    ]);

    const docx = await exported('docx');
    const bytes = docx.body as Buffer;
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.headers['content-disposition']).toBe(
      `attachment; filename="${reference}-combined-chronology.docx"`,
    );
    const document = unzipEntry(bytes, 'word/document.xml')!.toString('utf8');
    expect(document).toContain(`Combined chronology — ${reference}`);
    expect(document).toContain('Officers attended a domestic incident');
    expect(document.indexOf('spring 2007')).toBeLessThan(document.indexOf('mid-August 2013'));

    await send('chair', 'get', `/reviews/${reviewId}/chronology/export?format=pdf`).expect(400);
    const audit = await send(
      'coordinator',
      'get',
      `/audit?entityId=${reviewId}&action=chronology.exported`,
    ).expect(200);
    expect(audit.body.items.map((e: { after: { format: string } }) => e.after.format).sort()).toEqual([
      'csv',
      'docx',
      'xlsx',
    ]);
  });
});

import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

type Entry = { date: string; event: string; subjects: string[]; sourceReference: string | null };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 0),
]);

/**
 * An agency's chronology uploaded as a spreadsheet, laid out as agencies lay them out: every row in, or none
 * of them with every bad row named by its own row number.
 */
describe('chronology import', () => {
  let api: TestApi;
  let a: TestPartnership;
  const as: Record<string, string> = {};
  let requestId: string;
  let version: number;

  const path = () => `/api/v1/imr-requests/${requestId}`;
  const template = (who: string, format: string) =>
    api.http
      .get(`${path()}/chronology-template?format=${format}`)
      .set('authorization', as[who]!)
      .responseType('blob');
  const upload = (
    who: string,
    content: Buffer,
    filename: string,
    contentType: string,
    ifMatch = version,
    query = '',
  ) =>
    api.http
      .post(`${path()}/chronology-import${query}`)
      .set('authorization', as[who]!)
      .set('if-match', `"${ifMatch}"`)
      .attach('file', content, { filename, contentType });
  const entries = async (): Promise<Entry[]> =>
    (await api.http.get(`${path()}/chronology-entries`).set('authorization', as['healthAuthor']!).expect(200))
      .body.items;

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'ChronImport');
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      policeAuthor: a.policeAuthor.email,
      healthAuthor: a.healthAuthor.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    const send = (method: 'post' | 'put', url: string, body: object | undefined, ifMatch?: number) => {
      const request = api.http[method](`/api/v1${url}`).set('authorization', as['coordinator']!);
      if (ifMatch !== undefined) request.set('if-match', `"${ifMatch}"`);
      return body === undefined ? request : request.send(body);
    };
    const review = await send('post', '/reviews', {
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
    const reviewId: string = review.body.id;
    const decided = await send(
      'post',
      `/reviews/${reviewId}/decision`,
      {
        outcome: 'commission',
        decidedOn: '2026-03-20',
        decisionMaker: 'CSP chair',
        rationale: 'Criteria met.',
      },
      review.body.version,
    ).expect(200);
    await send(
      'put',
      `/reviews/${reviewId}/chair`,
      { chairUserId: a.chair.id, appointedOn: '2026-03-25' },
      decided.body.version,
    ).expect(200);
    await api.app.get(DataSource).query(
      `INSERT INTO terms_of_reference (id, partnership_id, review_id, version_number, status, purpose, period_from,
         period_to, agency_ids, questions, agreed_on, version)
       VALUES (gen_random_uuid(), $1, $2, 1, 'agreed', 'Learn the lessons', '{"precision":"season","year":2007,"season":"spring"}',
         '{"precision":"season","year":2013,"season":"autumn"}', ARRAY[$3, $4]::uuid[], $5::jsonb, '2026-06-01', 1)`,
      [a.id, reviewId, a.agencies.police, a.agencies.health, JSON.stringify([{ number: 1, text: 'Risks?' }])],
    );
    const scoped = await send('post', `/reviews/${reviewId}/imr-requests`, {
      agencyId: a.agencies.health,
      kind: 'imr',
      dueOn: '2099-01-31',
      authorUserId: a.healthAuthor.id,
      seniorManagerUserId: a.leadOfficer.id,
    }).expect(201);
    const sent = await send(
      'post',
      `/imr-requests/${scoped.body.id}/sending`,
      undefined,
      scoped.body.version,
    ).expect(200);
    requestId = scoped.body.id;
    version = sent.body.request.version;
  });
  afterAll(() => api.close());

  it('gives the template as XLSX, with guidance on how to write dates, and as CSV', async () => {
    const xlsx = await template('healthAuthor', 'xlsx').expect(200);
    expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body);
    const [sheet, guidance] = workbook.worksheets;
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Date',
      'Time',
      'Source record',
      'Subjects',
      'Event',
      'Action / outcome',
      'Analysis',
    ]);
    expect(String(sheet?.getRow(2).getCell(3).value)).toMatch(/^EXAMPLE - delete this row/);
    expect(guidance?.name).toBe('How to fill this in');
    const advice = JSON.stringify(guidance?.getSheetValues());
    for (const example of [
      '06/02/2014',
      'mid-August 2013',
      'spring 2007',
      'c. 1985',
      'between March and May 2010',
    ]) {
      expect(advice).toContain(example);
    }

    const csv = await template('healthAuthor', 'csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const fromCsv = await new Workbook().csv.read(Readable.from([csv.body as Buffer]), {
      map: (value: string) => value,
    });
    // UTF-8 with a byte order mark, so that Excel opens it as UTF-8
    expect((csv.body as Buffer).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((fromCsv.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Date',
      'Time',
      'Source record',
      'Subjects',
      'Event',
      'Action / outcome',
      'Analysis',
    ]);
    expect(fromCsv.getRow(2).getCell(1).value).toBe('06/02/2014');

    // the template itself, unchanged, imports nothing: its example row is skipped
    const unchanged = await upload('healthAuthor', csv.body, 'chronology-template.csv', 'text/csv').expect(
      400,
    );
    expect(unchanged.body.errors).toEqual([
      { field: 'file', message: 'There are no chronology entries below the header (row 1)' },
    ]);
    // another agency's author does not see this request at all
    await template('policeAuthor', 'xlsx').expect(404);
  });

  it('imports an agency’s XLSX with a title above the header and a blank row in the middle, in date order', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Health chronology');
    sheet.addRow(['Chronology of contacts: Health, DHR 2026/01']);
    sheet.addRow([]);
    sheet.addRow([
      'Date of contact',
      'Time',
      'Record ref',
      'People involved',
      'Details',
      'Outcome',
      'Comment',
    ]);
    sheet.addRow([new Date(Date.UTC(2013, 2, 12)), '09:40', 'GP 13/0312', 'MA 1', 'GP appointment: anxiety']);
    sheet.addRow([
      'mid-Aug 2013',
      null,
      'ED 13/0815',
      'MA 1; MA 2',
      'ED attendance with a cut hand',
      'Discharged',
    ]);
    sheet.addRow([]);
    sheet.addRow(['spring 2007', null, null, 'MA 2', 'Registered with the practice', null, 'Routine']);
    sheet.addRow([new Date(Date.UTC(2014, 1, 6, 14, 30)), null, 'ED 14/0206', 'MA 1', 'Second attendance']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());

    const imported = await upload('healthAuthor', content, 'Health chronology.xlsx', XLSX_TYPE).expect(201);
    expect(imported.body.version).toBe(version + 1);
    expect(imported.headers['etag']).toBe(`"${version + 1}"`);
    version = imported.body.version;
    expect(imported.body.items.map((e: Entry) => [e.date, e.event, e.subjects, e.sourceReference])).toEqual([
      ['spring 2007', 'Registered with the practice', ['MA 2'], null],
      ['12 March 2013 at 09:40', 'GP appointment: anxiety', ['MA 1'], 'GP 13/0312'],
      ['mid-August 2013', 'ED attendance with a cut hand', ['MA 1', 'MA 2'], 'ED 13/0815'],
      ['6 February 2014 at 14:30', 'Second attendance', ['MA 1'], 'ED 14/0206'],
    ]);
    expect(imported.body.items[0]).toMatchObject({ analysis: 'Routine' });
    expect(imported.body.items[2]).toMatchObject({ actionOutcome: 'Discharged' });
    expect(await entries()).toHaveLength(4);

    const audit = await api.http
      .get(`/api/v1/audit?entityId=${requestId}&limit=200`)
      .set('authorization', as['coordinator']!)
      .expect(200);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions.filter((action: string) => action === 'imr-request.chronology-imported')).toHaveLength(1);
    const event = audit.body.items.find(
      (e: { action: string }) => e.action === 'imr-request.chronology-imported',
    );
    expect(event.after).toMatchObject({ chronologyEntriesImported: 4, mode: 'append' });
  });

  it('refuses a CSV with bad rows, naming exactly those rows, and stores none of it', async () => {
    const before = (await entries()).length;
    const csv = [
      'Date,Source,Subjects,Event / contact,Action taken,Analysis / comment',
      '06/02/2014,CAD 1,MA 1,Police attended,Advice given,',
      'sometime,CAD 2,MA 1,Call to police,,',
      '12/03/2013,CAD 3,"MA 1; MA 2",,Arrest,',
      '"mid-August 2013",CAD 4,MA 2,Arrested,Charged,Good',
      '31/02/2014,CAD 5,MA 1,Follow-up visit,,',
      '2012,CAD 6,MA 1,Earlier call,,',
    ].join('\r\n');
    const refused = await upload('healthAuthor', Buffer.from(csv), 'police.csv', 'text/csv').expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'rows.3.date',
      'rows.4.event',
      'rows.6.date',
    ]);
    expect(refused.body.errors[0].message).toMatch(/^"sometime" is not a date we recognise/);
    expect(refused.body.errors[1].message).toBe(
      'The event is empty: say what happened (column D, "Event / contact")',
    );
    expect((await entries()).length).toBe(before);

    // the same request's version did not move: the good rows were not half-imported
    const good = csv.split('\r\n').filter((_, i) => ![2, 3, 5].includes(i));
    const replaced = await upload(
      'healthAuthor',
      Buffer.from(good.join('\n')),
      'police.csv',
      'text/csv',
      version,
      '?mode=replace',
    ).expect(201);
    version = replaced.body.version;
    expect(replaced.body.items.map((e: Entry) => e.date)).toEqual([
      '2012',
      'mid-August 2013',
      '6 February 2014',
    ]);
  });

  it('lets no other agency import, and no one over a change they have not seen', async () => {
    const csv = Buffer.from('Date,Event\n2013,Something\n');
    await upload('policeAuthor', csv, 'x.csv', 'text/csv').expect(404);
    const stale = await upload('healthAuthor', csv, 'x.csv', 'text/csv', version - 1).expect(412);
    expect(stale.body.code).toBe('stale_version');
    const missing = await api.http
      .post(`${path()}/chronology-import`)
      .set('authorization', as['healthAuthor']!)
      .attach('file', csv, { filename: 'x.csv', contentType: 'text/csv' })
      .expect(428);
    expect(missing.body.code).toBe('if_match_required');
    expect(await entries()).toHaveLength(3);
  });

  it('refuses what is not a spreadsheet, saying what to upload instead', async () => {
    const png = await upload('healthAuthor', PNG, 'chronology.csv', 'text/csv').expect(415);
    expect(png.body.errors).toEqual([
      {
        field: 'file',
        message:
          "The file's content is not CSV text, although it is named .csv. Upload the chronology as an Excel workbook (.xlsx) or a CSV file (.csv)",
      },
    ]);
    const noise = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(2000)]);
    const broken = await upload('healthAuthor', noise, 'chronology.xlsx', XLSX_TYPE).expect(415);
    expect(broken.body.errors[0].message).toMatch(/^The file could not be read as an Excel workbook/);
    await upload('healthAuthor', randomBytes(2000), 'chronology.xlsx', XLSX_TYPE).expect(415);
    await upload('healthAuthor', Buffer.from('%PDF-1.7\n'), 'chronology.pdf', 'application/pdf').expect(415);
    expect(await entries()).toHaveLength(3);
  });
});

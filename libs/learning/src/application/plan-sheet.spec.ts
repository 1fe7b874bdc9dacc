import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { readPlanRows } from '../domain/plan-import';
import { suggestMapping } from '../domain/plan-import-columns';
import { readPlanSheet } from './plan-sheet';

const FIXTURES = join(__dirname, '../../../../test/fixtures/action-plans');

async function xlsx(build: (sheet: ReturnType<Workbook['addWorksheet']>) => void): Promise<Buffer> {
  const workbook = new Workbook();
  build(workbook.addWorksheet('Plan'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readPlanSheet: what an XLSX shows beyond its text', () => {
  it('reads fill colours: RGB, theme colours with their tint, and the legacy palette', async () => {
    const content = await xlsx((sheet) => {
      sheet.addRow(['a', 'b', 'c', 'd', 'e', 'f']);
      const fill = (column: number, fgColor: object, pattern = 'solid') =>
        (sheet.getCell(1, column).fill = { type: 'pattern', pattern, fgColor } as never);
      fill(1, { argb: 'FF92D050' });
      fill(2, { theme: 9 }); // accent 6 of the theme exceljs writes (Office 2007): F79646
      fill(3, { theme: 4, tint: -0.5 }); // accent 1 (4F81BD), darker
      fill(4, { indexed: 10 }); // red
      fill(5, { argb: 'FF00B050' }, 'none');
    });
    const [row] = await readPlanSheet('plan.xlsx', content);
    expect(row!.fills).toEqual(['92D050', 'F79646', '254061', 'FF0000', null, null]);
  });

  it('keeps a merged cell’s text in its first cell, and copies it to the cells merged below it', async () => {
    const content = await xlsx((sheet) => {
      sheet.addRow(['Title across', null, null]);
      sheet.addRow(['SYP', 'one', null]);
      sheet.addRow([null, 'two', null]);
      sheet.mergeCells('A1:C1');
      sheet.mergeCells('A2:A3');
    });
    const rows = await readPlanSheet('plan.xlsx', content);
    expect(rows.map((row) => [0, 1, 2].map((index) => row.cells[index] ?? ''))).toEqual([
      ['Title across', '', ''],
      ['SYP', 'one', ''],
      ['SYP', 'two', ''],
    ]);
    expect(rows[2]!.spanned?.slice(0, 2)).toEqual([true, false]);
    expect(rows[0]!.spanned).toBeUndefined();
    expect(rows[1]!.fills).toBeUndefined();
  });

  it('reads the first sheet with the plan’s header, passing over a cover sheet and hidden ones', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Cover').addRow(['Domestic abuse action plan 2015/16']);
    const hidden = workbook.addWorksheet('Old plan', { state: 'hidden' });
    hidden.addRow(['Ref', 'Action', 'Lead agency', 'Target date']);
    workbook.addWorksheet('Plan').addRows([
      ['Ref', 'Action', 'Lead agency', 'Target date'],
      ['1.1', 'Train staff', 'SYP', 'May-15'],
    ]);
    const rows = await readPlanSheet('plan.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows.map((row) => row.cells[1])).toEqual(['Action', 'Train staff']);
  });

  it('gives a date cell as its day, and a number as written', async () => {
    const content = await xlsx((sheet) => {
      sheet.addRow([new Date(Date.UTC(2015, 2, 31)), 42094, 1.5]);
      sheet.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    const [row] = await readPlanSheet('plan.xlsx', content);
    expect(row!.cells).toEqual(['2015-03-31', '42094', '1.5']);
  });
});

describe('plans from other partnerships, read from the fixtures', () => {
  const readFixture = async (name: string) => {
    const rows = await readPlanSheet(name, readFileSync(join(FIXTURES, name)));
    return { mapping: suggestMapping(rows), rows: readPlanRows(rows, suggestMapping(rows)) };
  };

  it('reads the XLSX delivery plan: two-row header, priorities, Excel dates and RAG by colour', async () => {
    const { mapping, rows } = await readFixture('variant-delivery-plan.xlsx');
    expect(mapping).toEqual({
      reference: 1,
      planText: 2,
      leadAgency: 4,
      leadOfficer: 5,
      targetDate: 6,
      milestones: 7,
      progress: 8,
      rag: 9,
    });
    const actions = rows.filter((row) => row.kind === 'action');
    expect(
      actions.map((row) => [
        row.reference,
        row.section?.slice(0, 10),
        row.leadAgency,
        row.rag,
        row.updatedOn,
      ]),
    ).toEqual([
      ['1.1', 'Priority 1', 'CCG', 'light_green', '2015-03-31'],
      ['1.2', 'Priority 1', 'WCC', 'amber', '2015-03-31'],
      ['2.1', 'P2 – Prote', 'WHT', 'red', '2015-03-31'],
      ['2.2', 'P2 – Prote', 'WP', 'green', '2015-03-31'],
      ['2.3', 'P2 – Prote', 'WWA', 'amber', null], // a theme colour; no progress, so no date
      ['3.1', 'Priority 3', 'NPS', 'red', '2015-03-31'], // a tinted theme red
      ['3.2', 'Priority 3', 'NPS', null, null], // the lead agency merged down
    ]);
    expect(actions.map((row) => (row.target.kind === 'date' ? row.target.date : row.target.kind))).toEqual([
      '2015-06-30',
      '2015-06-30', // 42185, a day number
      '2015-03-31',
      '2015-09-30', // Q2 2015/16
      '2015-09-30',
      '2015-12-31',
      '2016-03-31',
    ]);
    expect(actions[1]!.milestones).toEqual([
      'Schools identified',
      'Sessions delivered',
      'Evaluation report',
      'Evaluation shared with the LSCB',
    ]);
    expect(rows.flatMap((row) => row.errors)).toEqual([]);
  });

  it('reads seed 001’s scrutiny-review layout', async () => {
    const { rows } = await readFixture('variant-scrutiny-review.csv');
    const actions = rows.filter((row) => row.kind === 'action');
    expect(actions.map((row) => row.reference)).toEqual([
      '1',
      '2',
      '4',
      '5',
      '12',
      null,
      '16',
      '17',
      null,
      '19',
      '20',
    ]);
    expect(actions.map((row) => row.target.kind)).toEqual([
      'completed',
      'date',
      'completed',
      'completed',
      'completed',
      'empty',
      'date',
      'ongoing',
      'completed',
      'completed',
      'date',
    ]);
    expect(rows.flatMap((row) => row.errors)).toEqual([]);
  });

  it('reads the status-word plan', async () => {
    const { mapping, rows } = await readFixture('variant-status-words.csv');
    expect(mapping).toMatchObject({
      reference: 1,
      leadAgency: 5,
      targetDate: 8,
      rag: 9,
      progress: 10,
      updatedOn: 11,
    });
    const actions = rows.filter((row) => row.kind === 'action');
    expect(actions.map((row) => [row.reference, row.rag, row.updatedOn])).toEqual([
      ['1', 'green', '2015-03-31'],
      ['2', 'light_green', '2015-03-31'],
      ['3', 'amber', '2015-03-31'],
      ['4', 'amber', null],
      ['5', 'green', '2015-03-31'],
      ['6', 'red', '2015-03-31'],
    ]);
    expect(rows.flatMap((row) => row.errors)).toEqual([]);
  });
});

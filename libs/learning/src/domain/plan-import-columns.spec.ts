import { readPlanRows } from './plan-import';
import { columnOfHeading, headerRows, headingsOf, PlanSheetRow, suggestMapping } from './plan-import-columns';

/** Headers as other partnerships write them (plan-import.spec.ts has seeds 000 and 003's). */

function sheet(...rows: (string | { text: string; spanned: true })[][]): PlanSheetRow[] {
  return rows.map((cells, index) => {
    const spanned = cells.map((cell) => typeof cell !== 'string');
    return {
      number: index + 1,
      cells: cells.map((cell) => (typeof cell === 'string' ? cell : cell.text)),
      ...(spanned.some(Boolean) && { spanned }),
    };
  });
}

const read = (rows: PlanSheetRow[]) => readPlanRows(rows, suggestMapping(rows));

describe('headings in other words', () => {
  it.each([
    ['Recommendation No.', 'reference'],
    ['Rec', 'reference'],
    ['Rec No.', 'reference'],
    ['No.', 'reference'],
    ['Action(s) to be taken', 'planText'],
    ['Actions required', 'planText'],
    ['Agreed action', 'planText'],
    ['Responsible officer', 'leadOfficer'],
    ['Officer Responsible', 'leadOfficer'], // seed 001
    ['Owner', 'leadOfficer'],
    ['Action owner', 'leadOfficer'],
    ['Lead', 'leadOfficer'],
    ['Organisation', 'leadAgency'],
    ['Lead partner', 'leadAgency'],
    ['Timescale', 'targetDate'],
    ['Deadline', 'targetDate'],
    ['By when', 'targetDate'],
    ['When', 'targetDate'],
    ['Completion date', 'targetDate'],
    ['Action by <i>(Date)</i>', 'targetDate'], // seed 001, as extracted
    ['Action by (Date)', 'targetDate'],
    ['Status', 'rag'],
    ['RAG status', 'rag'],
    ['BRAG rating', 'rag'],
    ['Current status', 'rag'],
    ['Progress to date', 'progress'],
    ['Update', 'progress'],
    ['Evidence of progress', 'progress'],
    ['Evidence', 'progress'],
    ['Outcome', 'progress'],
    ['Cabinet Response and Update (5th November 2014)', 'progress'], // seed 001
    ['Last updated', 'updatedOn'],
    ['Date of last update', 'updatedOn'],
    ['Cabinet Decision', 'decision'],
    ['Cabinet Decision (Accepted/ Rejected/ Deferred)', 'decision'],
    ['Priority', 'section'],
    // the Home Office's DHR action plan template
    ['Action to take', 'planText'],
    ['Key milestones achieved in enacting recommendation', 'milestones'],
    ['Date of completion and outcome', 'progress'],
    ['Scope of recommendation i.e. local or regional', 'scope'],
    ['Date', 'targetDate'],
    ['Progress date', 'updatedOn'],
    ['Review date', 'updatedOn'],
  ])('%j names %j', (heading, column) => {
    expect(columnOfHeading(heading)).toBe(column);
  });

  it.each(['Desired outcome', 'Notes', 'Train all call handlers in the new risk assessment form'])(
    '%j names no field',
    (heading) => {
      expect(columnOfHeading(heading)).toBeNull();
    },
  );

  it('needs two headings people use as they are, so a row of data is not a header', () => {
    expect(headingsOf({ number: 1, cells: ['No.', 'Actions required', 'Owner', 'Deadline'] })).not.toBeNull();
    expect(
      headingsOf({ number: 1, cells: ['1.1', 'Update the policy', 'Service manager', 'Lead'] }),
    ).toBeNull();
  });
});

describe('header layouts', () => {
  it('reads a two-row header with merged group headings, under titles, with an empty column between', () => {
    const rows = sheet(
      ['Wyvern Community Safety Partnership'],
      ['Domestic Abuse Delivery Plan 2015/16'],
      ['Ref', 'Action', '', 'Lead', '', 'Target', 'Progress', ''],
      [{ text: 'Ref', spanned: true }, '', '', 'Agency', 'Officer', 'Date', 'Update', 'RAG'],
      ['1.1', 'Train GPs', '', 'CCG', 'Dr Patel', '30/06/2015', '24 of 38 trained', 'A'],
    );
    expect(suggestMapping(rows)).toEqual({
      reference: 1,
      planText: 2,
      leadAgency: 4,
      leadOfficer: 5,
      targetDate: 6,
      progress: 7,
      rag: 8,
    });
    expect(read(rows).map((row) => row.kind)).toEqual(['header', 'header', 'header', 'header', 'action']);
    expect([...headerRows(rows)]).toEqual([3, 4]);
  });

  it('takes "Target" over "Date" as the target date, though the row under holds one cell', () => {
    const rows = sheet(['Ref', 'Action', 'Lead agency', 'Target', 'RAG'], ['', '', '', 'Date', '']);
    expect(suggestMapping(rows)).toMatchObject({ targetDate: 4, rag: 5 });
    expect([...headerRows(rows)]).toEqual([1, 2]);
  });

  it('takes a row of bracketed notes under the header as part of it (seed 001)', () => {
    const rows = sheet(
      [
        'Recommendation',
        'Cabinet Decision',
        'Cabinet Response and Update (5th November 2014)',
        'Officer Responsible',
        'Action by (Date)',
      ],
      ['', '(Accepted/ Rejected/ Deferred)', '(detailing proposed action if accepted)', '', ''],
      [
        '1 In order to plan, IDVA funding should be mainstreamed.',
        'Accept',
        'Agreed.',
        'Sam Newton',
        'Completed November 2014',
      ],
    );
    expect(suggestMapping(rows)).toEqual({
      recommendation: 1,
      decision: 2,
      progress: 3,
      leadOfficer: 4,
      targetDate: 5,
    });
    const [, notes, first] = read(rows);
    expect(notes!.kind).toBe('header');
    expect(first).toMatchObject({
      kind: 'action',
      reference: '1',
      recommendation: 'In order to plan, IDVA funding should be mainstreamed.',
      decision: 'Accept',
      target: { kind: 'completed', on: '2014-11-30' },
    });
  });

  it('does not take the first data row under a header as more header', () => {
    const rows = sheet(
      ['Ref', 'Action', 'Lead agency', 'Target date'],
      ['Prevent', '', '', ''],
      ['1', 'Train', 'SYP', 'May-15'],
    );
    expect([...headerRows(rows)]).toEqual([1]);
    expect(read(rows)[1]).toMatchObject({ kind: 'section', section: 'Prevent' });
  });

  it('reads a "Rec" column that holds the recommendations\u2019 text as the recommendation', () => {
    const long = (n: number) =>
      `Agencies should review their policies on domestic abuse, number ${n} of the review`;
    const rows = sheet(
      ['Rec', 'Actions required', 'Organisation', 'Deadline'],
      [long(1), 'Review', 'SYP', 'May-15'],
      [long(2), 'Train', 'SYP', 'Jun-15'],
    );
    expect(suggestMapping(rows)).toEqual({ recommendation: 1, planText: 2, leadAgency: 3, targetDate: 4 });
  });
});

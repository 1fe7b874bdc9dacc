import { milestonesOf, readPlanRows } from './plan-import';
import { resolveLeadAgency } from './plan-import-agencies';
import { PlanSheetRow, suggestMapping } from './plan-import-columns';

/**
 * Action plans laid out as other partnerships lay them out (plan-import.spec.ts has seeds 000 and 003;
 * plan-import-columns.spec.ts their headers).
 */

type Cells = (string | { text: string; fill?: string; spanned?: boolean })[];

function sheet(...rows: Cells[]): PlanSheetRow[] {
  return rows.map((cells, index) => {
    const texts = cells.map((cell) => (typeof cell === 'string' ? cell : cell.text));
    const fills = cells.map((cell) => (typeof cell === 'string' ? null : (cell.fill ?? null)));
    const spanned = cells.map((cell) => typeof cell !== 'string' && cell.spanned === true);
    return {
      number: index + 1,
      cells: texts,
      ...(fills.some(Boolean) && { fills }),
      ...(spanned.some(Boolean) && { spanned }),
    };
  });
}

const read = (rows: PlanSheetRow[]) => readPlanRows(rows, suggestMapping(rows));
const problems = (row: { errors: { field: string }[]; warnings: { field: string }[] }) => ({
  errors: row.errors.map((problem) => problem.field),
  warnings: row.warnings.map((problem) => problem.field),
});

describe('sections', () => {
  const header = ['Ref', 'Action', 'Lead agency', 'Target date', 'RAG'];

  it.each([
    [['Priority 1: Early intervention and prevention'], 'Priority 1: Early intervention and prevention'],
    [['P2 – Protecting victims'], 'P2 – Protecting victims'],
    [['P1', 'Early intervention'], 'P1: Early intervention'],
    [['Theme 3 - Pursue'], 'Theme 3 - Pursue'],
    [
      [
        'Priority 2: Protect victims and their children by making sure every agency recognises abuse early and responds to it well.',
      ],
      'Priority 2: Protect victims and their children by making sure every agency recognises abuse early and responds to it well',
    ],
  ])('%j heads a section %j', (cells, section) => {
    const rows = read(sheet(header, cells, ['1.1', 'Train staff', 'SYP', 'Mar-15', 'G']));
    expect(rows[1]).toMatchObject({ kind: 'section', section });
    expect(rows[2]).toMatchObject({ kind: 'action', section });
  });

  it('does not take an action whose reference has a theme letter for a section', () => {
    const rows = read(sheet(header, ['P1.2', 'Train staff', 'SYP', 'Mar-15', 'G']));
    expect(rows[1]).toMatchObject({ kind: 'action', reference: 'P1.2' });
  });

  it('does not take a priority row with a lead agency for a section', () => {
    const rows = read(sheet(header, ['P1', 'Train staff', 'SYP', '', '']));
    expect(rows[1]).toMatchObject({ kind: 'action', reference: 'P1' });
  });
});

describe('milestones listed on one line', () => {
  const header = ['Ref', 'Action', 'Lead agency', 'Target date', 'Milestones'];

  it.each([
    [
      '1. Agree the tool by May 2015 2. Audit 40 files by June',
      ['Agree the tool by May 2015', 'Audit 40 files by June'],
    ],
    ['a) Draft b) Consult c) Publish', ['Draft', 'Consult', 'Publish']],
    ['• Draft • Consult', ['Draft', 'Consult']],
    ['▪ Draft ▪ Consult', ['Draft', 'Consult']],
    ['- Draft - Consult', ['Draft', 'Consult']],
    ['Review 1.8 (S) by 31.03.2015', ['Review 1.8 (S) by 31.03.2015']],
  ])('%j → %j', (cell, milestones) => {
    expect(read(sheet(header, ['1.1', 'Audit', 'SYP', 'Mar-15', cell]))[1]!.milestones).toEqual(milestones);
  });

  it('gives each milestone its date when the target cell numbers them too', () => {
    const [, row] = read(
      sheet(header, ['1.1', 'Audit', 'SYP', '1. Complete 2. May 2015', '1. Agree tool 2. Audit']),
    );
    expect(row!.target).toMatchObject({ kind: 'date', date: '2015-05-31' });
    expect(milestonesOf(row!)).toEqual([
      { description: 'Agree tool', dueOn: null, done: true },
      { description: 'Audit', dueOn: '2015-05-31', done: false },
    ]);
  });
});

describe('RAG as fill colour, status words and dates', () => {
  const header = ['Ref', 'Action', 'Lead agency', 'Target date', 'Progress', 'RAG', 'Last updated'];
  const row = (ref: string, rag: Cells[number], target = 'Mar-15', updated = '31/03/2015') =>
    [ref, `Action ${ref}`, 'SYP', target, 'Progressing', rag, updated] as Cells;

  it('reads the rating from the fill colour, telling Light green from Green by the column\u2019s greens', () => {
    const rows = read(
      sheet(
        header,
        row('1', { text: '', fill: 'FF0000' }),
        row('2', { text: '', fill: 'FFC000' }),
        row('3', { text: '', fill: '92D050' }),
        row('4', { text: '', fill: '00B050' }),
        row('5', { text: 'A', fill: '00B050' }),
        row('6', ''),
      ),
    );
    expect(rows.slice(1).map((r) => r.rag)).toEqual(['red', 'amber', 'light_green', 'green', 'amber', null]);
    expect(problems(rows[1]!).warnings).toContain('rows.2.rag');
    expect(problems(rows[5]!).warnings).not.toContain('rows.6.rag');
  });

  it('does not merge a row whose RAG cell is coloured into the action above', () => {
    const rows = read(
      sheet(
        header,
        row('1', 'G'),
        ['', 'and their supervisors', '', '', '', '', ''],
        ['', 'Brief the panel', '', '', '', { text: '', fill: 'FF0000' }, ''],
        [{ text: 'Priority 2: Protect', fill: '00B050' }, ...Array(6).fill({ text: '', fill: '00B050' })],
      ),
    );
    expect(rows.slice(2).map((r) => [r.kind, r.rag])).toEqual([
      ['continuation', null],
      ['action', 'red'],
      ['section', null], // a banner coloured across the row
    ]);
  });

  it('reads status words, and still refuses what is no rating', () => {
    const rows = read(
      sheet(header, row('1', 'Completed'), row('2', 'On track'), row('3', 'Delayed'), row('4', 'Blue')),
    );
    expect(rows.slice(1).map((r) => r.rag)).toEqual(['green', 'light_green', 'amber', null]);
    expect(problems(rows[1]!)).toEqual({ errors: [], warnings: ['rows.2.rag'] });
    expect(problems(rows[4]!).errors).toEqual(['rows.5.rag']);
  });

  it('takes N/A and Ongoing targets as to be agreed with a warning, a day number with one, and refuses the rest', () => {
    const rows = read(
      sheet(
        header,
        row('1', 'G', 'N/A'),
        row('2', 'G', 'Ongoing'),
        row('3', 'G', '42094'),
        row('4', 'G', 'Q2 2015/16'),
        row('5', 'G', 'Summer'),
      ),
    );
    expect(rows.slice(1).map((r) => r.target.kind)).toEqual([
      'not_applicable',
      'ongoing',
      'date',
      'date',
      'invalid',
    ]);
    expect(rows.slice(1, 5).map((r) => problems(r))).toEqual([
      { errors: [], warnings: ['rows.2.targetDate'] },
      { errors: [], warnings: ['rows.3.targetDate'] },
      { errors: [], warnings: ['rows.4.targetDate'] },
      { errors: [], warnings: ['rows.5.targetDate'] },
    ]);
    expect(rows[3]!.warnings[0]!.message).toContain('31 March 2015');
    expect(problems(rows[5]!).errors).toEqual(['rows.6.targetDate']);
  });

  it('keeps a time from some start ("6 months") as a milestone, the target to be agreed', () => {
    const [, first] = read(sheet(header, row('1', 'G', 'Within 6 months')));
    expect(first).toMatchObject({ target: { kind: 'to_be_agreed' }, errors: [] });
    expect(first!.milestones).toEqual(['Target as written: Within 6 months']);
    expect(problems(first!).warnings).toEqual(['rows.2.targetDate']);
  });

  it('dates the updates by the sheet\u2019s "as at" title when the rows have no date of their own', () => {
    const rows = read(
      sheet(
        ['Delivery plan'],
        ['Position as at 31 March 2015'],
        header,
        row('1', 'G', 'Mar-15', ''),
        row('2', 'A', 'Mar-15', '30/04/2015'),
      ),
    );
    expect(rows[3]).toMatchObject({ updatedOn: '2015-03-31' });
    expect(rows[3]!.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('Position as at 31 March 2015'),
    ]);
    expect(rows[4]).toMatchObject({ updatedOn: '2015-04-30', warnings: [] });
  });
});

describe('a key to the colours below the plan', () => {
  it('is skipped, with the rows of it that follow', () => {
    const rows = read(
      sheet(
        ['Ref', 'Action', 'Lead agency', 'Target date', 'RAG'],
        ['1.1', 'Train staff', 'SYP', 'Mar-15', 'G'],
        [''],
        ['RAG key:'],
        [{ text: 'Red', fill: 'FF0000' }, 'Off track'],
        [{ text: 'Amber', fill: 'FFC000' }, 'Some delay'],
        ['Green', 'Complete'],
        [''],
        ['1.2', 'Audit files', 'SYP', 'Apr-15', 'A'],
      ),
    );
    expect(rows.map((row) => row.kind)).toEqual([
      'header',
      'action',
      'blank',
      ...Array(4).fill('footer'),
      'blank',
      'action',
    ]);
  });
});

describe('cells merged down over several rows', () => {
  const header = ['Ref', 'Recommendation', 'Action', 'Lead agency', 'Target date'];

  it('applies a merged lead agency and target to each action, but not a merged reference', () => {
    const rows = read(
      sheet(
        header,
        ['1', '1. Train staff', 'Train call handlers', 'SYP', 'Mar-15'],
        [
          { text: '1', spanned: true },
          { text: '1. Train staff', spanned: true },
          'Train supervisors',
          { text: 'SYP', spanned: true },
          { text: 'Mar-15', spanned: true },
        ],
      ),
    );
    expect(rows[2]).toMatchObject({
      kind: 'action',
      reference: null,
      recommendation: 'Train staff',
      leadAgency: 'SYP',
      target: { kind: 'date', date: '2015-03-31' },
      errors: [],
    });
  });

  it('gives further actions under a recommendation written once that recommendation', () => {
    const rows = read(
      sheet(
        header,
        ['1', 'Train staff', 'Train call handlers', 'SYP', 'Mar-15'],
        ['', '', 'Train supervisors', 'SYP', 'Apr-15'],
        ['', { text: 'Train staff', spanned: true }, 'Audit the training', 'SYP', 'May-15'],
        ['2', 'Audit files', 'Audit 40 files', 'SYP', 'Jun-15'],
      ),
    );
    expect(rows.slice(1).map((r) => [r.reference, r.recommendation, r.sharesRecommendationOf])).toEqual([
      ['1', 'Train staff', undefined],
      [null, 'Train staff', 2],
      [null, 'Train staff', 2],
      ['2', 'Audit files', undefined],
    ]);
  });

  it('merges a row with only more text (and the recommendation copied from above) into the action above', () => {
    const rows = read(
      sheet(
        header,
        ['1', 'Train staff', 'Train call handlers', 'SYP', 'Mar-15'],
        [{ text: '1', spanned: true }, { text: 'Train staff', spanned: true }, 'and supervisors', '', ''],
      ),
    );
    expect(rows[2]).toMatchObject({ kind: 'continuation', continues: 2 });
    expect(rows[1]!.planText).toBe('Train call handlers\nand supervisors');
    expect(rows[1]!.recommendation).toBe('Train staff');
  });
});

describe('decisions and leads', () => {
  it('warns of a rejected or deferred recommendation, and not of an accepted one', () => {
    const rows = read(
      sheet(
        ['Recommendation', 'Cabinet Decision', 'Officer Responsible', 'Action by'],
        ['1 Review funding.', 'Accept (subject to available funding)', 'A', 'May-15'],
        ['2 Pool budgets.', 'Rejected', 'B', 'May-15'],
        ['3 Review governance.', 'Deferred', 'C', 'May-15'],
      ),
    );
    expect(rows.slice(1).map((row) => problems(row).warnings)).toEqual([
      [],
      ['rows.3.decision'],
      ['rows.4.decision'],
    ]);
    expect(rows[2]!.warnings[0]!.message).toContain('rejected');
  });

  const agencies = [
    { id: 'syp', name: 'South Yorkshire Police', shortName: 'SYP' },
    { id: 'nps', name: 'National Probation Service', shortName: 'NPS' },
  ];
  const lead = (leadOfficer: string, leadAgency = '') =>
    resolveLeadAgency({ leadAgency, leadOfficer, section: null }, agencies, 'default');

  it('takes a part of an agency’s name for the agency when no other agency has it', () => {
    const more = [...agencies, { id: 'wp', name: 'Wyvern Police', shortName: 'WP' }];
    const named = (leadAgency: string) =>
      resolveLeadAgency({ leadAgency, leadOfficer: '', section: null }, more, null);
    expect(named('Probation')).toMatchObject({
      agencyId: 'nps',
      warning: expect.stringContaining('Probation'),
    });
    expect(named('Probation / Police')).toMatchObject({ agencyId: 'nps' });
    expect(named('Police')).toMatchObject({ kind: 'error' }); // two agencies are police
    expect(named('Serv')).toMatchObject({ kind: 'error' }); // not a whole word
  });

  it('takes the agency a "Lead" or "Owner" column names when there is no lead agency', () => {
    expect(lead('SYP')).toEqual({ kind: 'agency', agencyId: 'syp', officer: null, warning: null });
    expect(lead('SYP - DI Smith')).toEqual({
      kind: 'agency',
      agencyId: 'syp',
      officer: 'DI Smith',
      warning: null,
    });
    expect(lead('DI Smith (South Yorkshire Police)')).toMatchObject({
      agencyId: 'syp',
      officer: 'DI Smith (South Yorkshire Police)',
      warning: expect.stringContaining('SYP'),
    });
    expect(lead('Chrissy Wright')).toMatchObject({ agencyId: 'default', officer: 'Chrissy Wright' });
    expect(lead('SYP - DI Smith', 'NPS')).toMatchObject({ agencyId: 'nps', officer: 'SYP - DI Smith' });
  });
});

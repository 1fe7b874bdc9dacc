import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanRows } from './plan-import';
import { columnOfHeading, mappingProblems, PlanSheetRow, suggestMapping } from './plan-import-columns';
import { actionFingerprint, resolveLeadAgency } from './plan-import-agencies';

/** The fixtures' rows, read as the importer sees them: a small CSV reader (quotes, doubled quotes, line breaks). */
function csvRows(name: string): PlanSheetRow[] {
  const text = readFileSync(join(__dirname, '../../../../test/fixtures/action-plans', name), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/u, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows.map((cells, index) => ({ number: index + 1, cells }));
}

const seed000 = csvRows('seed-000-partnership-plan.csv');
const seed003 = csvRows('seed-003-appendix-b.csv');

describe('column suggestion', () => {
  it('reads the headings plans use', () => {
    expect(columnOfHeading('ACTION REF')).toBe('reference');
    expect(columnOfHeading('HOW WE WILL DO IT (THE PLAN)')).toBe('planText');
    expect(columnOfHeading('LEAD AGENCY')).toBe('leadAgency');
    expect(columnOfHeading('TARGET DATE')).toBe('targetDate');
    expect(columnOfHeading('DATE OF UPDATE')).toBe('updatedOn');
    expect(columnOfHeading('Action(s) to taken')).toBe('planText');
    expect(columnOfHeading('Key Milestone')).toBe('milestones');
    expect(columnOfHeading('_')).toBeNull();
  });

  it('finds the reference column of seed 000 in a repeated header, though the first says "_"', () => {
    expect(suggestMapping(seed000)).toEqual({
      reference: 1,
      planText: 2,
      leadAgency: 3,
      leadOfficer: 4,
      targetDate: 5,
      milestones: 6,
      progress: 7,
      rag: 8,
      updatedOn: 9,
    });
  });

  it('maps seed 003 Appendix B: the recommendation carries its number', () => {
    expect(suggestMapping(seed003)).toEqual({
      recommendation: 1,
      leadAgency: 2,
      planText: 3,
      milestones: 4,
      targetDate: 5,
    });
  });

  it('names every problem of a mapping a person gives', () => {
    expect(mappingProblems({ reference: 1, planText: 1, colour: 3, rag: 0 })).toEqual([
      { field: 'mapping.planText', message: 'Column 1 is already mapped to reference' },
      { field: 'mapping.colour', message: expect.stringContaining('"colour" is not a field') },
      { field: 'mapping.rag', message: 'Give the column number, counting column A as 1' },
    ]);
  });
});

describe('rows of seed 000', () => {
  const rows = readPlanRows(seed000, suggestMapping(seed000));
  const at = (n: number) => rows.find((row) => row.rowNumber === n)!;

  it('skips the key, repeated headers and page footers, and reads the sections', () => {
    expect([1, 2, 3, 4, 5, 7, 21, 32, 44, 58].map((n) => at(n).kind)).toEqual(Array(10).fill('header'));
    expect([19, 30, 42, 56, 70].map((n) => at(n).kind)).toEqual(Array(5).fill('footer'));
    expect([8, 27, 52, 64].map((n) => at(n).section)).toEqual([
      'Prevent',
      'Protect',
      'Pursue',
      'Prevent, Protect & Pursue',
    ]);
    expect([8, 27, 52, 64].map((n) => at(n).kind)).toEqual(Array(4).fill('section'));
    expect(rows.filter((row) => row.kind === 'action')).toHaveLength(41);
  });

  it('reads references, targets, RAG in look-alike letters and dates of update', () => {
    expect(at(16)).toMatchObject({
      kind: 'action',
      reference: '1.8',
      sourceKeys: ['S'],
      section: 'Prevent',
      leadAgency: 'RMBC',
      target: { kind: 'date', date: '2014-03-31', precision: 'month' },
    });
    expect(at(47)).toMatchObject({
      reference: '2.12',
      sourceKeys: ['S', 'H'],
      rag: 'amber',
      section: 'Protect',
    });
    expect(at(9)).toMatchObject({
      reference: null,
      sourceKeys: ['S', 'H', 'N'],
      rag: 'amber',
      updatedOn: '2014-05-31',
    });
    expect(at(10).rag).toBe('green');
    expect(at(26).rag).toBe('amber'); // Cyrillic А
    expect(at(22).rag).toBe('amber'); // Greek Α
    expect(at(11).target).toEqual({ kind: 'to_be_agreed' }); // Cyrillic ТВА
    expect(at(13).warnings.map((w) => w.field)).toContain('rows.13.updatedOn'); // "Completed"
    expect(at(51).warnings[0]!.message).toContain('is not a reference');
    expect(rows.flatMap((row) => row.errors)).toEqual([]);
  });
});

describe('rows of seed 003 Appendix B', () => {
  const rows = readPlanRows(seed003, suggestMapping(seed003));
  const actions = rows.filter((row) => row.kind === 'action');

  it('reads 102 numbered recommendations under their agency headings', () => {
    expect(actions.map((row) => row.reference)).toEqual(Array.from({ length: 102 }, (_, i) => String(i + 1)));
    expect(rows.filter((row) => row.kind === 'section').map((row) => row.section)).toContain(
      'SOUTH YORKSHIRE POLICE',
    );
    const r49 = actions.find((row) => row.reference === '49')!;
    expect(r49).toMatchObject({ section: 'SOUTH YORKSHIRE POLICE', target: { kind: 'completed' } });
    expect(r49.recommendation).toMatch(/^SYP; All MARAC minutes/u);
    expect(actions.find((row) => row.reference === '2')!.target).toEqual({
      kind: 'date',
      date: '2014-07-31',
      precision: 'month',
    });
    expect(actions.find((row) => row.reference === '55')!.target).toMatchObject({ date: '2014-09-19' });
    expect(rows.flatMap((row) => row.errors)).toEqual([]);
  });
});

describe('continuation rows and errors', () => {
  const mapping = { reference: 1, planText: 2, leadAgency: 3, targetDate: 4, rag: 5 };
  const sheet = (...cells: string[][]) => cells.map((row, i) => ({ number: i + 1, cells: row }));

  it('merges a row with only more text into the action above', () => {
    const rows = readPlanRows(
      sheet(
        ['Ref', 'The plan', 'Lead agency', 'Target date', 'RAG'],
        ['1.1', 'Train staff', 'SYP', 'Mar-14', 'G'],
        ['', 'and their managers', '', '', ''],
      ),
      mapping,
    );
    expect(rows[2]).toMatchObject({ kind: 'continuation', continues: 2 });
    expect(rows[1]!.planText).toBe('Train staff\nand their managers');
  });

  it('names every bad cell', () => {
    const rows = readPlanRows(
      sheet(
        ['Ref', 'The plan', 'Lead agency', 'Target date', 'RAG'],
        ['1.1', 'Train staff', 'SYP', '31/02/2014', 'Blue'],
        ['1.1', 'Again', 'SYP', 'Mar-14', 'A'],
      ),
      mapping,
    );
    expect(rows.flatMap((row) => row.errors.map((e) => e.field))).toEqual([
      'rows.2.targetDate',
      'rows.2.rag',
      'rows.3.reference',
    ]);
  });
});

describe('progress that cannot be recorded', () => {
  const mapping = {
    reference: 1,
    planText: 2,
    leadAgency: 3,
    progress: 4,
    rag: 5,
    updatedOn: 6,
    targetDate: 7,
  };
  const sheet = (...cells: string[][]) => cells.map((row, i) => ({ number: i + 1, cells: row }));

  it('warns, rather than dropping it silently, when progress has no RAG rating or no date', () => {
    const rows = readPlanRows(
      sheet(
        ['Ref', 'The plan', 'Lead agency', 'Progress', 'RAG', 'Date of update', 'Target date'],
        ['1.1', 'Train staff', 'SYP', 'Half trained', '', '01/10/2014', 'Mar-15'],
        ['1.2', 'Audit files', 'SYP', 'Begun', 'A', '', 'Mar-15'],
        ['1.3', 'Brief GPs', 'SYP', 'Briefed', 'G', '01/10/2014', 'Mar-15'],
      ),
      mapping,
    );
    expect(rows.slice(1).map((row) => row.warnings.map((w) => [w.field, w.message]))).toEqual([
      [['rows.2.rag', expect.stringContaining('no RAG rating')]],
      [['rows.3.updatedOn', expect.stringContaining('no date of update')]],
      [],
    ]);
  });
});

describe('the scope of a recommendation', () => {
  const mapping = { reference: 1, recommendation: 2, scope: 3, leadAgency: 4, targetDate: 5 };
  const sheet = (...cells: string[][]) => cells.map((row, i) => ({ number: i + 1, cells: row }));

  it.each([
    ['', undefined, undefined, []],
    ['Local', 'local', null, []],
    ['REGIONAL', 'regional', null, []],
    ['National: Home Office', 'national', 'Home Office', []],
    ['National (Department of Health)', 'national', 'Department of Health', []],
    ['National – NHS England', 'national', 'NHS England', []],
    ['Local authority wide', 'local', null, ['rows.2.scope']],
  ])('reads %j as %j', (text, scope, recipient, warnings) => {
    const [, row] = readPlanRows(
      sheet(
        ['Ref', 'Recommendation', 'Scope', 'Lead agency', 'Target date'],
        ['1', 'Train staff', text, 'SYP', 'Mar-15'],
      ),
      mapping,
    );
    expect(row!.errors).toEqual([]);
    expect([row!.scope, row!.nationalRecipient]).toEqual([scope, recipient]);
    expect(row!.warnings.map((w) => w.field)).toEqual(warnings);
  });

  it.each([
    ['National', 'National: Home Office'],
    ['Countywide', 'Local, Regional or National'],
  ])('names %j as an error, saying how to write it', (text, advice) => {
    const [, row] = readPlanRows(
      sheet(
        ['Ref', 'Recommendation', 'Scope', 'Lead agency', 'Target date'],
        ['1', 'Train staff', text, 'SYP', 'Mar-15'],
      ),
      mapping,
    );
    expect(row!.errors).toEqual([{ field: 'rows.2.scope', message: expect.stringContaining(advice) }]);
  });
});

describe('lead agencies', () => {
  const agencies = [
    { id: 'syp', name: 'South Yorkshire Police', shortName: 'SYP' },
    { id: 'srp', name: 'Safer Rotherham Partnership', shortName: 'SRP' },
    { id: 'trft', name: 'The Rotherham NHS Foundation Trust', shortName: 'TRFT' },
  ];
  const lead = (leadAgency: string, section: string | null = null, leadOfficer = '') =>
    resolveLeadAgency({ leadAgency, leadOfficer, section }, agencies, null);

  it('takes the first agency named, the rest of a role as the officer, the section heading else', () => {
    expect(lead('srp / DAPG')).toMatchObject({ kind: 'agency', agencyId: 'srp' });
    expect(lead('TRFT, Assistant Chief  Nurse')).toMatchObject({
      agencyId: 'trft',
      officer: 'Assistant Chief Nurse',
    });
    expect(lead('Matron for A&E', 'THE ROTHERHAM NHS FOUNDATION TRUST')).toMatchObject({
      agencyId: 'trft',
      officer: 'Matron for A&E',
    });
    expect(lead('Cherryl Henry-Leach SRP Domestic Abuse Coordinator')).toMatchObject({
      agencyId: 'srp',
      officer: 'Cherryl Henry-Leach SRP Domestic Abuse Coordinator',
    });
    expect(lead('Borsetshire Probation, Borsetshire CPS')).toEqual({
      kind: 'error',
      message: '"Borsetshire Probation" is not an agency of this partnership: add it, or correct the name',
    });
    expect(lead('')).toMatchObject({ kind: 'error' });
  });

  it('fingerprints plan text and lead agency, ignoring case and spacing', () => {
    expect(actionFingerprint('Train  staff', 'a')).toBe(actionFingerprint('train staff', 'a'));
    expect(actionFingerprint('Train staff', 'a')).not.toBe(actionFingerprint('Train staff', 'b'));
  });
});

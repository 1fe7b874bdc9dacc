import { PlanImportRow } from './plan-import';
import { aliasKey } from './plan-import-agencies';
import { resolveLeads } from './plan-import-leads';
import { parsePlanDate } from './plan-values';

const agencies = [
  { id: 'syp', name: 'South Yorkshire Police', shortName: 'SYP' },
  { id: 'trft', name: 'The Rotherham NHS Foundation Trust', shortName: 'TRFT' },
];

function row(rowNumber: number, leadAgency: string, leadOfficer = ''): PlanImportRow {
  return {
    rowNumber,
    kind: 'action',
    reference: String(rowNumber),
    sourceKeys: [],
    section: null,
    recommendation: '',
    planText: `Action ${rowNumber}`,
    leadAgency,
    leadOfficer,
    targetText: 'Mar-27',
    target: parsePlanDate('Mar-27'),
    milestones: [],
    progress: '',
    rag: null,
    updatedOn: null,
    continues: null,
    errors: [],
    warnings: [],
  };
}

describe('resolveLeads', () => {
  it('takes a chosen name first, then reads the cells, and names what it cannot find once each', () => {
    const names = new Map([[aliasKey('WP'), 'syp']]);
    const result = resolveLeads(
      [row(2, 'WP', 'DI Smith'), row(3, 'wp'), row(4, 'TRFT'), row(5, 'Wyvern Housing'), row(6, 'wyvern  housing')],
      agencies,
      null,
      names,
    );
    expect(result.rows.map((r) => [r.leadAgencyId, r.leadOfficerName, r.errors.map((e) => e.field)])).toEqual([
      ['syp', 'DI Smith', []],
      ['syp', null, []],
      ['trft', null, []],
      [null, null, ['rows.5.leadAgency']],
      [null, null, ['rows.6.leadAgency']],
    ]);
    expect(result.unknown).toEqual(['Wyvern Housing']);
    expect(result.named).toEqual({ WP: 'syp' });
  });

  it('leaves rows that are not actions alone', () => {
    const section = { ...row(2, ''), kind: 'section' as const };
    const result = resolveLeads([section], agencies, null, new Map());
    expect(result.rows[0]).toMatchObject({ kind: 'section', leadAgencyId: null, errors: [] });
    expect(result.unknown).toEqual([]);
  });
});

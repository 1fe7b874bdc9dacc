import { sheetColumns } from './sheet-headings';

describe('sheetColumns', () => {
  const row = (number: number, ...cells: string[]) => ({ number, cells });

  it('names each column from the first header row that names it, ignoring rows above the header', () => {
    const rows = [
      row(1, 'Domestic Abuse Action Plan 2014', '', ''),
      row(2, '_', 'Action', 'Lead Agency', 'Target Date'),
      row(3, '1.1', 'Train GPs', 'CCG', 'Mar-14'),
      row(4, 'ACTION REF', 'Action', 'Lead  Agency', 'Target Date'),
    ];
    expect(sheetColumns(rows)).toEqual([
      { number: 1, heading: '_' },
      { number: 2, heading: 'Action' },
      { number: 3, heading: 'Lead Agency' },
      { number: 4, heading: 'Target Date' },
    ]);
  });

  it('takes a later header row where the first leaves a column blank, and counts columns with data only', () => {
    const rows = [
      row(1, '', 'Action', 'Lead agency', 'Target date', '', ''),
      row(2, '1', 'Train GPs', 'CCG', 'Mar-14', 'note'),
      row(3, 'Ref', 'Action', 'Lead agency', 'Target date'),
    ];
    expect(sheetColumns(rows)).toEqual([
      { number: 1, heading: 'Ref' },
      { number: 2, heading: 'Action' },
      { number: 3, heading: 'Lead agency' },
      { number: 4, heading: 'Target date' },
      { number: 5, heading: '' },
    ]);
  });

  it('names a column by both rows of a two-row header', () => {
    const rows = [
      row(1, 'Ref', 'Action', 'Lead', '', 'Target'),
      row(2, '', '', 'Agency', 'Officer', 'Date'),
      row(3, '1', 'Train GPs', 'CCG', 'Dr Jones', 'Mar-14'),
    ];
    expect(sheetColumns(rows).map((column) => column.heading)).toEqual([
      'Ref',
      'Action',
      'Lead Agency',
      'Officer',
      'Target Date',
    ]);
  });

  it('has no columns for an empty sheet', () => {
    expect(sheetColumns([row(1, '', '')])).toEqual([]);
  });
});

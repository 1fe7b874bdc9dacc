import { headingsOf, PlanSheetRow } from './plan-import-columns';

/** A column of the sheet as the person who kept it named it, for choosing what each column holds. */
export interface SheetColumn {
  /** 1-based, as in a column mapping. */
  number: number;
  /** The header rows' text over the column (the first that is not empty), or '' when none names it. */
  heading: string;
}

/** Every column that holds something, with the heading the sheet gives it. */
export function sheetColumns(rows: readonly PlanSheetRow[]): SheetColumn[] {
  const width = rows.reduce((most, row) => {
    const last = row.cells.findLastIndex((cell) => cell.trim() !== '');
    return Math.max(most, last + 1);
  }, 0);
  const headerRows = rows.filter((row) => headingsOf(row) !== null);
  return Array.from({ length: width }, (_, index) => ({
    number: index + 1,
    heading:
      headerRows
        .map((row) => (row.cells[index] ?? '').replace(/\s+/gu, ' ').trim())
        .find((text) => text !== '') ?? '',
  }));
}

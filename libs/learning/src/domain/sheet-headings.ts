import { headerRows, PlanSheetRow } from './plan-import-columns';

/** A column of the sheet as the person who kept it named it, for choosing what each column holds. */
export interface SheetColumn {
  /** 1-based, as in a column mapping. */
  number: number;
  /** The header's text over the column (the first header that names it), or '' when none does. */
  heading: string;
}

const clean = (text: string | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

/**
 * Every column that holds something, with the heading the sheet gives it. A header of two rows names a column
 * by both ("Target" over "Date": "Target Date"); a header repeated on each printed page counts once, the first
 * that names the column.
 */
export function sheetColumns(rows: readonly PlanSheetRow[]): SheetColumn[] {
  const width = rows.reduce((most, row) => {
    const last = row.cells.findLastIndex((cell) => cell.trim() !== '');
    return Math.max(most, last + 1);
  }, 0);
  const numbers = headerRows(rows);
  const headers: PlanSheetRow[][] = [];
  for (const row of rows) {
    if (!numbers.has(row.number)) continue;
    const block = headers[headers.length - 1];
    const previous = block?.[block.length - 1];
    if (block && previous && previous.number === row.number - 1) block.push(row);
    else headers.push([row]);
  }
  return Array.from({ length: width }, (_, index) => ({
    number: index + 1,
    heading:
      headers
        .map((block) =>
          block
            .map((row) => clean(row.cells[index]))
            .filter((text, i, texts) => text !== '' && texts.indexOf(text) === i)
            .join(' '),
        )
        .find((text) => text !== '') ?? '',
  }));
}

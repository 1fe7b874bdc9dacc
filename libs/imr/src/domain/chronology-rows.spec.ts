import { parseChronologyDate } from './chronology-date';
import { columnOfHeading } from './chronology-headings';
import { ChronologyRow, columnLetter, readChronologyRows, SheetCell, SheetRow } from './chronology-rows';

const HEADER = ['Date', 'Time', 'Source record', 'Subjects', 'Event', 'Action / outcome', 'Analysis'];
const day = (year: number, month: number, dayOfMonth: number, time: string | null = null): SheetCell => ({
  kind: 'day',
  year,
  month,
  day: dayOfMonth,
  time,
});

/** Rows numbered as a spreadsheet numbers them, from 1. */
function sheet(...rows: SheetCell[][]): SheetRow[] {
  return rows.map((cells, i) => ({ number: i + 1, cells }));
}

function rowsOf(rows: SheetRow[]): ChronologyRow[] {
  const result = readChronologyRows(rows);
  if (!result.ok) throw new Error(`expected the rows to be read, got ${JSON.stringify(result.problems)}`);
  return result.rows;
}

function problemsOf(rows: SheetRow[]) {
  const result = readChronologyRows(rows);
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.rows)}`);
  return result.problems;
}

describe('chronology rows, as agencies write them', () => {
  it.each<[string, SheetCell, SheetCell, string]>([
    ['a real date cell (XLSX)', day(2014, 2, 6), null, '6 February 2014'],
    ['a real date cell with its time', day(2014, 2, 6, '14:30'), null, '6 February 2014 at 14:30'],
    [
      'a date cell and a time cell',
      day(2014, 2, 6),
      { kind: 'time', time: '09:05' },
      '6 February 2014 at 09:05',
    ],
    ['a UK numeric date', '12/03/2013', null, '12 March 2013'],
    ['a UK numeric date with a typed time', '12/03/2013', '2.30pm', '12 March 2013 at 14:30'],
    ['a time as 1430hrs', '12/03/2013', '1430hrs', '12 March 2013 at 14:30'],
    ['an abbreviated qualified month', 'mid-Aug 2013', null, 'mid-August 2013'],
    ['a season', 'spring 2007', null, 'spring 2007'],
    ['a hedged year', 'c. 1985', null, 'c. 1985'],
    ['a range', 'between March and May 2010', null, 'between March and May 2010'],
    ['a year typed as a number', '2009', null, '2009'],
  ])('reads %s', (_, date, time, expected) => {
    const [row] = rowsOf(sheet(HEADER, [date, time, 'Custody 14/1', 'MA 1', 'Police attended']));
    expect(row?.dateText).toBe(expected);
    // what is stored as text reads back as the same date
    const again = parseChronologyDate(row?.dateText ?? '');
    expect(again.ok && again.date).toEqual(row?.date);
  });

  it('splits subjects on commas and semicolons, and keeps optional columns empty as null', () => {
    const [row] = rowsOf(sheet(HEADER, ['2013', null, null, 'MA 1; MA 2,MA 3 ;', 'Seen by GP', ' ', null]));
    expect(row).toMatchObject({
      row: 2,
      subjects: ['MA 1', 'MA 2', 'MA 3'],
      sourceReference: null,
      actionOutcome: null,
      analysis: null,
      event: 'Seen by GP',
    });
  });

  it('names every bad row by its own row number and column, and imports none of them', () => {
    const problems = problemsOf(
      sheet(
        HEADER,
        ['06/02/2014', null, null, null, 'Fine'],
        ['12/03/2013', null, null, null, '   '],
        ['sometime', null, null, null, 'Unknown date'],
        ['August 2013', '14:30', null, null, 'A time without a day'],
        [null, null, null, null, 'No date at all'],
        ['31/02/2014', null, null, null, 'Not a real day'],
        ['2013', 'morning', null, null, 'Not a time'],
        [{ kind: 'time', time: '10:00' }, null, null, null, 'Only a time in the date column'],
      ),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'rows.3.event',
      'rows.4.date',
      'rows.5.time',
      'rows.6.date',
      'rows.7.date',
      'rows.8.time',
      'rows.9.date',
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'rows.3.event', message: 'The event is empty: say what happened (column E, "Event")' },
        { field: 'rows.5.time', message: 'A time (14:30) needs one exact day, not "August 2013"' },
        { field: 'rows.8.time', message: '"morning" is not a time of day: write e.g. 14:30' },
      ]),
    );
    expect(problems.find((p) => p.field === 'rows.4.date')?.message).toMatch(
      /^"sometime" is not a date we recognise: write e.g. /,
    );
    expect(problems.find((p) => p.field === 'rows.7.date')?.message).toMatch(
      /"31\/02\/2014" is not a real date/,
    );
  });

  it('finds the header under a title and blank rows, and skips blank rows, a repeated header and the example', () => {
    const rows = rowsOf(
      sheet(
        ['Chronology: Police, DHR 2026/01'],
        [],
        ['Date of contact', 'Record ref', 'People involved', 'Details', 'Action taken', 'Analysis / comment'],
        ['06/02/2014', 'CAD 123', 'MA 1', 'Call from neighbour', 'Attended', 'Timely'],
        [null, '  ', null, null],
        ['Date of contact', 'Record ref', 'People involved', 'Details', 'Action taken', 'Analysis / comment'],
        ['EXAMPLE - delete this row', null, null, 'x'],
        ['mid-August 2013', null, null, 'Custody'],
      ),
    );
    expect(
      rows.map((r) => [r.row, r.dateText, r.sourceReference, r.event, r.actionOutcome, r.analysis]),
    ).toEqual([
      [4, '6 February 2014', 'CAD 123', 'Call from neighbour', 'Attended', 'Timely'],
      [8, 'mid-August 2013', null, 'Custody', null, null],
    ]);
  });

  it.each([
    ['Date/time', 'date'],
    ['DATE (dd/mm/yyyy)', 'date'],
    ['Source', 'sourceReference'],
    ['Record ref.', 'sourceReference'],
    ['Subject(s)', 'subjects'],
    ['Event / contact', 'event'],
    ['Details', 'event'],
    ['Outcome', 'actionOutcome'],
    ['Action & outcome', 'actionOutcome'],
    ['Comment', 'analysis'],
    ["IMR author's comments", 'analysis'],
    ['Staff member', null],
  ])('maps the heading %p to %p', (heading, column) => {
    expect(columnOfHeading(heading)).toBe(column);
  });

  it('joins two columns of the same kind (Action taken and Outcome) rather than dropping one', () => {
    const [row] = rowsOf(
      sheet(
        ['Date', 'Event', 'Action taken', 'Outcome'],
        ['2013', 'Referral', 'Sent to MASH', 'No further action'],
      ),
    );
    expect(row?.actionOutcome).toBe('Sent to MASH\nNo further action');
  });

  it('says what is wrong with the sheet as a whole', () => {
    expect(problemsOf(sheet(['Chronology'], ['nothing', 'here']))).toEqual([
      { field: 'file', message: expect.stringMatching(/^No header row found/) },
    ]);
    expect(problemsOf(sheet(['Date', 'Source']))).toEqual([
      { field: 'file', message: 'The header (row 1) has no "Event" column: name it as in the template' },
    ]);
    expect(problemsOf(sheet(HEADER, []))).toEqual([
      { field: 'file', message: 'There are no chronology entries below the header (row 1)' },
    ]);
    expect(problemsOf(sheet(['Date', 'Date of contact', 'Event']))[0]?.message).toMatch(
      /two date columns, "Date" \(column A\) and "Date of contact" \(column B\)/,
    );
  });

  it('holds imported text to the limits of an entry typed in', () => {
    const problems = problemsOf(
      sheet(HEADER, ['2013', null, 'x'.repeat(201), `MA 1; ${'y'.repeat(51)}`, 'Event']),
    );
    expect(problems.map((p) => p.field)).toEqual(['rows.2.sourceReference', 'rows.2.subjects']);
  });

  it('labels columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});

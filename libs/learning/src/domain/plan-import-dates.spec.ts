import { parsePlanDate, PlanDate } from './plan-import-dates';
import { splitList } from './plan-import-lists';

/** The target dates of plans from other partnerships (plan-values.spec.ts has seeds 000 and 003's). */
describe('parsePlanDate, beyond the seeds', () => {
  const month = (date: string): PlanDate => ({ kind: 'date', date, precision: 'month' });
  const day = (date: string): PlanDate => ({ kind: 'date', date, precision: 'day' });
  const noted = (date: string, precision: 'day' | 'month'): PlanDate => ({
    kind: 'date',
    date,
    precision,
    note: expect.any(String) as string,
  });

  const CELLS: [string, PlanDate][] = [
    // spreadsheet day numbers, as a CSV or an unformatted cell shows a date
    ['42094', noted('2015-03-31', 'day')],
    ['41729', noted('2014-03-31', 'day')],
    ['42094.5', noted('2015-03-31', 'day')],
    // what an Excel date cell becomes, and other day forms
    ['2015-03-31', day('2015-03-31')],
    ['2015-03-31T00:00:00.000Z', day('2015-03-31')],
    ['2015-03-31 00:00:00', day('2015-03-31')],
    ['31/03/2015', day('2015-03-31')],
    ['31.03.15', day('2015-03-31')],
    ['31.03.2015', day('2015-03-31')],
    // the UK financial year: April to March
    ['Q2 2015/16', noted('2015-09-30', 'month')],
    ['Q1 2015/16', noted('2015-06-30', 'month')],
    ['Q3 2015/16', noted('2015-12-31', 'month')],
    ['Q4 2015/16', noted('2016-03-31', 'month')],
    ['Q4 2015-2016', noted('2016-03-31', 'month')],
    ['Quarter 2 15/16', noted('2015-09-30', 'month')],
    ['2015/16 Q3', noted('2015-12-31', 'month')],
    ['by Q1 2014/15', noted('2014-06-30', 'month')],
    ['2015/16', noted('2016-03-31', 'month')],
    ['2015-16', noted('2016-03-31', 'month')],
    ['end of 2015/16', noted('2016-03-31', 'month')],
    ['FY 2015/16', noted('2016-03-31', 'month')],
    // seasons: their last month
    ['Spring 2016', noted('2016-05-31', 'month')],
    ['Summer 2015', noted('2015-08-31', 'month')],
    ['Autumn 15', noted('2015-11-30', 'month')],
    ['by Winter 2015/16', noted('2016-02-29', 'month')],
    // words around a month
    ['End of March 2015', month('2015-03-31')],
    ['by the end of March 2015', month('2015-03-31')],
    ['late March 2015', month('2015-03-31')],
    ['Mid-June 2015', month('2015-06-30')],
    ['Before May 2015', month('2015-05-31')],
    ['End of 2015', month('2015-12-31')],
    ['Complete by March 2015', month('2015-03-31')], // a target
    ['To be completed by 31/05/2015', day('2015-05-31')],
    // several dates on one line (seed 001: "Sep 2015 March 2016"): the latest
    ['Sep 2015 March 2016', month('2016-03-31')],
    ['June 2015, Sept 2015', month('2015-09-30')],
    ['30/06/2015 and 31/12/2015', day('2015-12-31')],
    ['1. April 2015 2. July 2015', month('2015-07-31')],
    ['• May 2015 • June 2015', month('2015-06-30')],
    // not dates, but no error: to be agreed with a warning, in the importer
    ['N/A', { kind: 'not_applicable' }],
    ['n/a', { kind: 'not_applicable' }],
    ['Not applicable', { kind: 'not_applicable' }],
    ['-', { kind: 'not_applicable' }],
    ['None', { kind: 'not_applicable' }],
    ['Ongoing', { kind: 'ongoing' }],
    ['On going', { kind: 'ongoing' }],
    ['Annually', { kind: 'ongoing' }],
    ['BAU', { kind: 'ongoing' }],
    ['T.B.C.', { kind: 'to_be_agreed' }],
    // completions, seed 001's "Action by" column
    ['Completed November 2014', { kind: 'completed', on: '2014-11-30' }],
    ['Completed Aug 2015', { kind: 'completed', on: '2015-08-31' }],
    ['Completed (31/03/2015)', { kind: 'completed', on: '2015-03-31' }],
    ['Completed on 31.03.15', { kind: 'completed', on: '2015-03-31' }],
    ['Complete - see evidence', { kind: 'completed' }],
    ['Discharged', { kind: 'completed' }],
    ['Closed', { kind: 'completed' }],
    ['Done', { kind: 'completed' }],
  ];

  it.each(CELLS)('%j → %o', (text, expected) => {
    expect(parsePlanDate(text)).toEqual(expected);
  });

  it('says how it read the unusual forms', () => {
    const serial = parsePlanDate('42094');
    expect(serial.kind === 'date' && serial.note).toContain('date number');
    const quarter = parsePlanDate('Q2 2015/16');
    expect(quarter.kind === 'date' && quarter.note).toContain('quarter 2 of the financial year 2015/16');
  });

  const INVALID: [string, string][] = [
    ['Q2 2015', 'calendar or a financial quarter'],
    ['Q2 2015/17', 'not a financial year'],
    ['2015/17', 'not a target date'],
    ['12345', 'a number, not a date'], // too early to be a plan's date number
    ['99999', 'a number, not a date'],
    ['5', 'a number, not a date'],
    ['2015', 'only a year'],
    ['Winter 2015', 'which winter'],
    ['Winter 2015/17', 'which winter'],
    ['6 months', 'not a target date'], // the importer keeps it as a milestone, to be agreed
    ['Early 2016', 'only a year'],
    ['Sep 2015 and then some', 'not a target date'],
    ['31/02/2015 31/03/2015', 'not a day of the calendar'],
    ['3/31/2015', 'not a day of the calendar'], // American order is not guessed
    ['Managers by April 2014 and for the wider Service by July 2014', 'not a target date'],
    ['Ongoing; March 2015', 'mixes "ongoing" and a date'],
    ['N/A\nMarch 2015', 'mixes "not applicable" and a date'],
  ];

  it.each(INVALID)('refuses %j, saying %j', (text, phrase) => {
    const result = parsePlanDate(text);
    expect(result).toMatchObject({ kind: 'invalid' });
    expect(result.kind === 'invalid' && result.problem).toContain(phrase);
  });
});

describe('splitList', () => {
  const LISTS: [string, string[]][] = [
    ['Course booked', ['Course booked']],
    ['Audit tool agreed\nResults fed back', ['Audit tool agreed', 'Results fed back']],
    // numbered on one line
    [
      '1. Agree the audit tool by May 2015 2. Audit 40 files by June',
      ['Agree the audit tool by May 2015', 'Audit 40 files by June'],
    ],
    ['1) Brief staff 2) Train staff 3) Audit', ['Brief staff', 'Train staff', 'Audit']],
    ['(1) Brief staff (2) Train staff', ['Brief staff', 'Train staff']],
    ['1. Complete\n\n2. March 2014\n3. March 2014', ['Complete', 'March 2014', 'March 2014']],
    ['1. Only one', ['Only one']],
    // lettered
    ['a) DAPG and RDAF b) SRP Executive, JAG and DAPG', ['DAPG and RDAF', 'SRP Executive, JAG and DAPG']],
    ['(a) Draft (b) Consult (c) Publish', ['Draft', 'Consult', 'Publish']],
    // bullets
    ['• Draft the policy • Consult the panel', ['Draft the policy', 'Consult the panel']],
    ['▪ Draft ▪ Consult\n▪ Publish', ['Draft', 'Consult', 'Publish']],
    ['- Draft the policy - Consult the panel', ['Draft the policy', 'Consult the panel']],
    ['– Draft – Consult', ['Draft', 'Consult']],
    // not lists: numbers and dashes inside text stay whole
    ['Review 1.8 (S) with the panel', ['Review 1.8 (S) with the panel']],
    ['Report by 31.03.2015 to the board', ['Report by 31.03.2015 to the board']],
    ['Raise the count to 2. The panel agrees', ['Raise the count to 2. The panel agrees']],
    ['Review policy – then train staff', ['Review policy – then train staff']],
    ['Audit 2. Train 1. Brief', ['Audit 2. Train 1. Brief']], // a line not starting with a number
    ['Option a) or b)', ['Option a) or b)']],
    ['1. Brief staff 3. Train staff', ['Brief staff 3. Train staff']], // 3 does not follow 1
    ['', []],
  ];

  it.each(LISTS)('%j → %j', (text, items) => {
    expect(splitList(text)).toEqual(items);
  });
});

import { RagRating } from './rag';
import { PlanDate, normaliseHomoglyphs, parsePlanDate, parseRag, parseReference } from './plan-values';

// Seed 000's look-alike letters, spelt out so an editor cannot silently turn them into Latin ones.
const CYRILLIC_A = '\u0410'; // "А", seed 000 RAG cells of rows 1.14, 2.1, 4.3
const GREEK_ALPHA = '\u0391'; // "Α", seed 000 RAG cells of rows 1.10, 1.11, 1.12, 2.6, 2.12, 3.5, 4.1
const CYRILLIC_TBA = '\u0422\u0412\u0410'; // "ТВА", seed 000 target dates of rows 1.3, 2.3, 3.4
const CYRILLIC_EN = '\u041d'; // "Н", seed 000 key for the Essex HMIC review

describe('the look-alike test data', () => {
  it('really is Cyrillic and Greek, as in the seed bytes', () => {
    expect(CYRILLIC_A).toMatch(/^[\u0400-\u04FF]$/u);
    expect(CYRILLIC_TBA).toMatch(/^[\u0400-\u04FF]{3}$/u);
    expect(CYRILLIC_EN).toMatch(/^[\u0400-\u04FF]$/u);
    expect(GREEK_ALPHA).toMatch(/^[\u0370-\u03FF]$/u);
    expect('ТВА').toBe(CYRILLIC_TBA); // the literal copy from the seed
    expect('А').toBe(CYRILLIC_A);
    expect('Α').toBe(GREEK_ALPHA);
    expect('ТВА').not.toBe('TBA');
  });
});

describe('normaliseHomoglyphs', () => {
  it.each([
    [CYRILLIC_TBA, 'TBA'],
    [CYRILLIC_A, 'A'],
    [GREEK_ALPHA, 'A'],
    [CYRILLIC_EN, 'H'],
    [`(S,${CYRILLIC_EN}&N)`, '(S,H&N)'],
    ['\u0421\u0415\u041a\u041c\u041e\u0420\u0425', 'CEKMOPX'], // Cyrillic С Е К М О Р Х
    ['\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7', 'BEZHIKMNOPTYX'], // Greek
    ['\u0430\u0435\u043e\u0440\u0441\u0445\u0443', 'aeopcxy'], // Cyrillic small letters
    ['\u0421ompl\u0435t\u0435d', 'Completed'], // mixed scripts in one word
    ['TBA', 'TBA'], // Latin untouched
    ['Mar-14', 'Mar-14'],
    ['', ''],
    ['– ′ · ’', '– ′ · ’'], // seed punctuation untouched
  ])('%j → %j', (text, expected) => {
    expect(normaliseHomoglyphs(text)).toBe(expected);
  });

  it('leaves letters that are not look-alikes: Cyrillic Ghe is not G', () => {
    expect(normaliseHomoglyphs('\u0413')).toBe('\u0413');
    expect(normaliseHomoglyphs('\u0414\u0416')).toBe('\u0414\u0416');
  });
});

describe('parseRag', () => {
  const RATINGS: [string, RagRating | null | 'invalid'][] = [
    // seed 000 cells
    ['A', 'amber'],
    ['G', 'green'],
    ['', null],
    [CYRILLIC_A, 'amber'],
    [GREEK_ALPHA, 'amber'],
    ['А', 'amber'], // literal Cyrillic copy
    ['Α', 'amber'], // literal Greek copy
    // letters and words, any case and spacing
    ['R', 'red'],
    ['r', 'red'],
    ['a', 'amber'],
    ['g', 'green'],
    ['LG', 'light_green'],
    ['lg', 'light_green'],
    ['Red', 'red'],
    ['RED', 'red'],
    ['Amber', 'amber'],
    ['Green', 'green'],
    ['Light green', 'light_green'],
    ['Light Green', 'light_green'],
    ['LIGHT GREEN', 'light_green'],
    ['light-green', 'light_green'],
    ['Light\u00a0green', 'light_green'],
    ['  G  ', 'green'],
    ['A.', 'amber'],
    ['\tA\n', 'amber'],
    ['   ', null],
    ['\u0410mber', 'amber'],
    ['\u0420\u0435d', 'invalid'], // Cyrillic Р is P, not R: "Ped"
    // not ratings
    ['Blue', 'invalid'],
    ['B', 'invalid'],
    ['Completed', 'invalid'], // seed 000's status column
    ['New', 'invalid'],
    ['May-14', 'invalid'],
    ['A/G', 'invalid'],
    ['Amber/Green', 'invalid'],
    ['\u0413', 'invalid'], // Cyrillic Ghe
    ['RAG', 'invalid'], // a repeated header row
    ['Y', 'invalid'],
  ];

  it.each(RATINGS)('%j → %j', (text, expected) => {
    expect(parseRag(text)).toBe(expected);
  });
});

describe('parsePlanDate', () => {
  const date = (iso: string, precision: 'day' | 'month'): PlanDate => ({
    kind: 'date',
    date: iso,
    precision,
  });
  const month = (iso: string): PlanDate => date(iso, 'month');
  const day = (iso: string): PlanDate => date(iso, 'day');

  const CELLS: [string, PlanDate][] = [
    // seed 000 target dates and dates of update: "mmm-yy", the last day of the month
    ['Mar-14', month('2014-03-31')],
    ['Apr-14', month('2014-04-30')],
    ['Jun-14', month('2014-06-30')],
    ['Sep-14', month('2014-09-30')],
    ['May-14', month('2014-05-31')],
    ['Sep-13', month('2013-09-30')],
    ['TBA', { kind: 'to_be_agreed' }],
    [CYRILLIC_TBA, { kind: 'to_be_agreed' }],
    ['ТВА', { kind: 'to_be_agreed' }], // literal copy
    ['\u0422BA', { kind: 'to_be_agreed' }], // one look-alike among Latin letters
    ['', { kind: 'empty' }],
    ['Completed', { kind: 'completed' }],
    ['Complete', { kind: 'completed' }],
    // seed 003 Appendix B target dates
    ['September 2014', month('2014-09-30')],
    ['March  2014', month('2014-03-31')],
    ['April 2014', month('2014-04-30')],
    ['January 2015', month('2015-01-31')],
    ['May 2014 ', month('2014-05-31')],
    ['Jan 2014', month('2014-01-31')],
    ['December 2013', month('2013-12-31')],
    ['February 2014', month('2014-02-28')],
    ['June 2015', month('2015-06-30')],
    ['COMPLETED', { kind: 'completed' }],
    ['\nCOMPLETED', { kind: 'completed' }],
    ['Action complete', { kind: 'completed' }],
    ['19th Sept 2014 ', day('2014-09-19')],
    ['19th June 2014 ', day('2014-06-19')],
    ['19thJune 2014 ', day('2014-06-19')],
    ['31st March 2015', day('2015-03-31')],
    // several dated milestones in one cell: the latest
    ['April 2014\nApril 2014\n\n\nJuly 2014\n\n', month('2014-07-31')],
    ['April 2014\n\n\nApril 2014\n\n\nJuly 2014', month('2014-07-31')],
    ['December 2014\n\nJanuary 2015', month('2015-01-31')],
    ['1. Complete\n\n2. March 2014\n\n3. March 2014', month('2014-03-31')],
    ['1. Complete\n2. Complete', { kind: 'completed' }],
    ['31/03/2014; March 2014', day('2014-03-31')], // a tie keeps the first
    ['June 2014\n19th June 2014', month('2014-06-30')], // the end of June is later than the 19th
    ['July 2014\r\nMarch 2014', month('2014-07-31')],
    // the spec's other spellings
    ['March 2014', month('2014-03-31')],
    ['Sept 14', month('2014-09-30')],
    ['sept. 2014', month('2014-09-30')],
    ['MAR-14', month('2014-03-31')],
    ['Feb-16', month('2016-02-29')], // leap year
    ['Feb 2100', month('2100-02-28')], // not a leap year
    ["Mar '14", month('2014-03-31')],
    ['Mar/14', month('2014-03-31')],
    ['Dec-49', month('2049-12-31')], // pivot: 00-49 are 20xx
    ['Jan-50', month('1950-01-31')], // 50-99 are 19xx
    ['Jan-00', month('2000-01-31')],
    ['by March 2014', month('2014-03-31')],
    ['End of March 2014', month('2014-03-31')],
    ['by the end of June 2014', month('2014-06-30')],
    ['31/03/2014', day('2014-03-31')],
    ['31.03.14', day('2014-03-31')],
    ['1/4/14', day('2014-04-01')],
    ['31-03-2014', day('2014-03-31')],
    ['2014-03-31', day('2014-03-31')],
    ['29/02/2016', day('2016-02-29')],
    ['21/05/14', day('2014-05-21')], // seed 003 milestone "on 21/05/14"
    ['1st May 2014', day('2014-05-01')],
    ['6-Feb-2014', day('2014-02-06')],
    ['31 March 2015', day('2015-03-31')],
    ['March 31, 2015', day('2015-03-31')],
    ['TBC', { kind: 'to_be_agreed' }],
    ['tba', { kind: 'to_be_agreed' }],
    ['T.B.A', { kind: 'to_be_agreed' }], // dotted abbreviations (plan-import-dates.spec.ts has more)
    ['To be agreed', { kind: 'to_be_agreed' }],
    ['To be confirmed', { kind: 'to_be_agreed' }],
    ['Ongoing', { kind: 'ongoing' }],
    ['On-going', { kind: 'ongoing' }],
    ['ONGOING', { kind: 'ongoing' }],
    ['Immediate', { kind: 'immediate' }],
    ['Immediately', { kind: 'immediate' }],
    ['immediate.', { kind: 'immediate' }],
    ['   ', { kind: 'empty' }],
    ['\n\n', { kind: 'empty' }],
  ];

  it.each(CELLS)('%j → %o', (text, expected) => {
    expect(parsePlanDate(text)).toEqual(expected);
  });

  // [cell, a phrase the problem contains]
  const INVALID: [string, string][] = [
    ['This recommendation will be completed in 4 weeks', 'is not a target date'], // seed 003 row 44
    ['Managers by April 2014 and for the wider Service by July 2014', 'is not a target date'], // seed 003 row 8
    ['Already implemented and in place', 'is not a target date'],
    ['1. Complete\n\n2. March 2014\n\n3. soon', '"soon" (one of 3 milestones) is not a target date'],
    ['TBA\nMarch 2014', 'mixes "to be agreed" and a date'],
    ['Ongoing\nCompleted', 'mixes "ongoing" and "completed"'],
    ['2014', 'only a year'],
    ['417', 'a number, not a date'], // not a spreadsheet date number (41729 is one: plan-import-dates.spec.ts)
    ['31/02/2014', 'not a day of the calendar'],
    ['32.03.14', 'not a day of the calendar'],
    ['31/13/2014', 'not a day of the calendar'],
    ['2014-02-30', 'not a day of the calendar'],
    ['31 June 2014', 'not a day of the calendar'],
    ['Q1 2014', 'calendar or a financial quarter'], // "Q1 2014/15" is read: plan-import-dates.spec.ts
    ['Winter 2014', 'which winter'], // "Spring 2014" is read: plan-import-dates.spec.ts
    ['Marchember 2014', 'is not a target date'],
    ['March', 'is not a target date'],
    ['14 March', 'is not a target date'],
    ['N/A N/A', 'is not a target date'], // "N/A" alone is not applicable: plan-import-dates.spec.ts
    ['Blue', 'is not a target date'],
  ];

  it.each(INVALID)('refuses %j, saying %j', (text, phrase) => {
    const result = parsePlanDate(text);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.problem).toContain(phrase);
  });
});

describe('parseReference', () => {
  const REFERENCES: [string, string | null, string[]][] = [
    // seed 000 action-ref cells
    ['1.8 (S)', '1.8', ['S']],
    ['(S,H&N)', null, ['S', 'H', 'N']],
    ['1.6', '1.6', []],
    ['1.10 (S)', '1.10', ['S']],
    ['1.11 (Z&N)', '1.11', ['Z', 'N']],
    ['1.13 (Z)', '1.13', ['Z']],
    ['1.14 (Z)', '1.14', ['Z']],
    ['2.1 (S&N)', '2.1', ['S', 'N']],
    ['2.2 (S)', '2.2', ['S']],
    ['2.4', '2.4', []],
    ['2.10', '2.10', []],
    ['2.12 (S &H)', '2.12', ['S', 'H']],
    ['2.13 (S&N)', '2.13', ['S', 'N']],
    ['3.2', '3.2', []],
    ['4.4 (N)', '4.4', ['N']],
    ['(S)', null, ['S']],
    ['(S&N)', null, ['S', 'N']],
    ['', null, []],
    ['` ′', null, []],
    [',', null, []],
    ['_', null, []],
    ['1. PREV', null, []], // a theme heading, not a reference
    ['ACTION REF', null, []], // a repeated header row
    // the key table at the top of seed 000, whose HMIC letter is Cyrillic
    [CYRILLIC_EN, null, ['H']],
    ['Н', null, ['H']], // literal copy
    ['S', null, ['S']],
    ['Z', null, ['Z']],
    [`(S,${CYRILLIC_EN}&N)`, null, ['S', 'H', 'N']],
    [`2.12 (S &${CYRILLIC_EN})`, '2.12', ['S', 'H']],
    // seed 003 Appendix B numbering
    ['49:', '49', []],
    ['1:', '1', []],
    ['102:', '102', []],
    ['\n49:  ', '49', []],
    // other spellings
    ['1.8(S)', '1.8', ['S']],
    ['1.8 ( S )', '1.8', ['S']],
    ['1.8 (s)', '1.8', ['S']],
    ['4.3 (S, N)', '4.3', ['S', 'N']],
    ['4.3 (S and N)', '4.3', ['S', 'N']],
    ['4.3 (S/N)', '4.3', ['S', 'N']],
    ['4.3 (S+N)', '4.3', ['S', 'N']],
    ['4.3 (S N)', '4.3', ['S', 'N']],
    ['4.3 (S&S)', '4.3', ['S']], // repeats dropped
    ['4.3 (N&S)', '4.3', ['N', 'S']], // order kept
    ['4.3 (HMIC&N)', '4.3', ['HMIC', 'N']], // a longer key in brackets
    ['P1.2', 'P1.2', []], // a theme letter before the number (seed 004's P1-P4)
    ['2.', '2', []],
    ['1.2.3 (S)', '1.2.3', ['S']],
    // other partnerships' numbering
    ['1a', '1A', []],
    ['4.2b', '4.2B', []],
    ['R3', 'R3', []],
    ['DHR2.1', 'DHR2.1', []],
    ['Rec 4', '4', []],
    ['Rec. 4', '4', []],
    ['Recommendation 12', '12', []],
    ['No. 4', '4', []],
    ['Action 2.1 (S)', '2.1', ['S']],
    ['ABCD1', null, []],
    ['1.8 (S', null, []], // unclosed bracket: no guess
    ['1.8 S', null, []],
    ['1.8 (S) extra', null, []],
  ];

  it.each(REFERENCES)('%j → ref %j, keys %j', (text, ref, sourceKeys) => {
    expect(parseReference(text)).toEqual({ ref, sourceKeys });
  });
});

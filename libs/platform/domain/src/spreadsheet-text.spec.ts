import { neutraliseFormula } from './spreadsheet-text';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+44 114 000', `'+44 114 000`],
    ['-2 weeks', `'-2 weeks`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
  ])('keeps %j as text', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it.each(['Train staff', '1.8 (S)', '', 'a=b', ' =not first'])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

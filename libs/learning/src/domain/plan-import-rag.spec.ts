import { RagRating } from './rag';
import { familyOf, ragGreens, readRag } from './plan-import-rag';

const noGreens = { darkest: null };

describe('readRag: status words in a status or RAG column', () => {
  const STATUSES: [string, RagRating | null][] = [
    ['Complete', 'green'],
    ['Completed', 'green'],
    ['COMPLETED', 'green'],
    ['Closed', 'green'],
    ['Discharged', 'green'],
    ['Completed 31/03/2015', 'green'],
    ['Action complete', 'green'],
    ['On track', 'light_green'],
    ['On Target', 'light_green'],
    ['In progress', 'light_green'],
    ['Ongoing', 'light_green'],
    ['Delayed', 'amber'],
    ['Delayed - waiting for IT', 'amber'],
    ['At risk', 'amber'],
    ['Not started', 'amber'],
    ['Not yet started', 'amber'],
    ['Partially met', 'amber'],
    ['Overdue', 'red'],
    ['Off track', 'red'],
    ['Not met', 'red'], // not "met": the longest words first
    ['Not achieved', 'red'],
    ['New', null],
    ['Not yet due', null],
    ['N/A', null],
  ];

  it.each(STATUSES)('%j → %j, with a warning saying so', (text, rating) => {
    const read = readRag(text, null, noGreens);
    expect(read).toMatchObject({ rating, error: null });
    expect(read.warning).toContain(`"${text}"`);
  });

  it('says a completed action is imported open', () => {
    expect(readRag('Completed', null, noGreens).warning).toContain('completion needs sign-off');
  });

  it.each([
    ['G', 'green'],
    ['LG', 'light_green'],
    ['\u0410', 'amber'], // Cyrillic А, as in seed 000
    ['G - complete', 'green'],
    ['Amber (delayed)', 'amber'],
    ['Red: overdue', 'red'],
    ['Green – on track', 'green'],
  ] as [string, RagRating][])('%j → %j without a warning: the rating is typed', (text, rating) => {
    expect(readRag(text, null, noGreens)).toEqual({ rating, warning: null, error: null });
  });

  it.each(['Blue', 'A/G', 'Amber/Green', 'Red Amber', 'Y', 'Waiting', 'RAG'])('refuses %j', (text) => {
    const read = readRag(text, null, noGreens);
    expect(read.rating).toBeNull();
    expect(read.error).toContain(`"${text}" is not a RAG rating`);
    expect(read.error).toContain('On track');
  });

  it('rates an empty cell nothing', () => {
    expect(readRag('', null, noGreens)).toEqual({ rating: null, warning: null, error: null });
  });
});

describe('readRag: the fill colour of a cell without text', () => {
  const FILLS: [string, RagRating][] = [
    ['FF0000', 'red'], // Excel's standard red
    ['C00000', 'red'], // dark red
    ['FFC7CE', 'red'], // the "Bad" cell style
    ['C0504D', 'red'], // Office 2007 accent 2
    ['FFC000', 'amber'], // Excel's standard orange-gold
    ['FFFF00', 'amber'], // yellow
    ['FF9900', 'amber'],
    ['F79646', 'amber'], // Office 2007 accent 6
    ['FFEB9C', 'amber'], // the "Neutral" cell style
    ['00B050', 'green'],
    ['92D050', 'green'], // alone in its column: Green (see ragGreens)
    ['00FF00', 'green'],
    ['C6EFCE', 'green'], // the "Good" cell style
  ];

  it.each(FILLS)('#%s → %j, with a warning naming the colour', (fill, rating) => {
    const read = readRag('', fill, ragGreens([fill]));
    expect(read).toMatchObject({ rating, error: null });
    expect(read.warning).toContain(`#${fill}`);
  });

  it('reads the lighter of two greens as Light green, the darker as Green', () => {
    const greens = ragGreens(['00B050', null, '92D050', 'FFC000', '00B050']);
    expect(readRag('', '92D050', greens).rating).toBe('light_green');
    expect(readRag('', '00B050', greens).rating).toBe('green');
    expect(readRag('', '92D050', greens).warning).toContain('lighter');
  });

  it('takes near shades of one green as one green', () => {
    const greens = ragGreens(['00B050', '00B04F', '00AF50']);
    expect(['00B050', '00B04F', '00AF50'].map((fill) => readRag('', fill, greens).rating)).toEqual([
      'green',
      'green',
      'green',
    ]);
  });

  it('prefers the typed rating to the colour', () => {
    expect(readRag('A', '00B050', noGreens)).toEqual({ rating: 'amber', warning: null, error: null });
  });

  it.each(['FFFFFF', 'F2F2F2', 'D9D9D9', '000000', '808080'])('takes #%s as no colour at all', (fill) => {
    expect(readRag('', fill, noGreens)).toEqual({ rating: null, warning: null, error: null });
  });

  it.each(['0070C0', '00B0F0', '7030A0'])('does not rate #%s (blue, purple), but says so', (fill) => {
    const read = readRag('', fill, noGreens);
    expect(read).toMatchObject({ rating: null, error: null });
    expect(read.warning).toContain('not red, amber or green');
  });

  it('knows no colour from text that is not one', () => {
    expect(familyOf('red')).toBeNull();
    expect(familyOf('FF00')).toBeNull();
    expect(familyOf('92D050')).toMatchObject({ family: 'green' });
  });
});

import { passwordProblems } from './password-policy';

describe('password policy', () => {
  it.each([
    ['a long passphrase', 'correct horse battery staple', []],
    ['too short', 'short1!', ['Password must be at least 12 characters']],
    [
      'too long',
      'x'.repeat(110) + 'abcdefghijklmnopqrstuvwxyz',
      ['Password must be 128 characters or fewer'],
    ],
    ['the email inside', 'jo.bloggs-is-great-2026', ['Password must not contain your email address']],
    [
      'a repeated pattern',
      'abababababababab',
      ['Password must not be one character or a short pattern repeated'],
    ],
  ])('%s', (_case, password, problems) => {
    expect(passwordProblems(password, 'jo.bloggs@council.gov.uk')).toEqual(problems);
  });
});

import { DomainError } from '@dhr/platform-domain';
import { ReviewRuleError } from './review.errors';

describe('ReviewRuleError', () => {
  it.each([
    ['transition_not_allowed', [{ code: 'transition_not_allowed', message: 'Not now.' }]],
    [
      'chair_not_appointed',
      [
        { code: 'chair_not_appointed', message: 'Appoint an independent chair.' },
        { code: 'home_office_not_informed', message: 'Tell the Home Office.' },
      ],
    ],
    ['review_paused', []],
  ])('is a rule violation with code %s and its blockers', (code, blockers) => {
    const error = new ReviewRuleError(code, 'What to do.', blockers);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect([error.kind, error.code, error.message, error.name]).toEqual([
      'rule_violated',
      code,
      'What to do.',
      'ReviewRuleError',
    ]);
    expect(error.blockers).toEqual(blockers);
    expect(error.fieldProblems).toEqual([]);
  });

  it('lists no blockers unless given', () => {
    expect(new ReviewRuleError('review_paused', 'Resume it first.').blockers).toEqual([]);
  });
});

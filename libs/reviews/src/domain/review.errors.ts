import { DomainError } from '@dhr/platform-domain';
import type { Blocker } from './review-guards';

/**
 * A rule of domain.md stops the change. The code is the first blocker's (or `transition_not_allowed`), so
 * a client can tell cases apart; `blockers` lists everything still to do, so a screen can show it at once.
 */
export class ReviewRuleError extends DomainError {
  constructor(
    code: string,
    message: string,
    readonly blockers: Blocker[] = [],
  ) {
    super('rule_violated', code, message, [], { blockers });
    this.name = 'ReviewRuleError';
  }
}

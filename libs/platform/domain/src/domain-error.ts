/**
 * What went wrong, in terms every context shares. The HTTP edge maps each kind to one status; contexts add
 * their own stable `code` (e.g. `identity.invalid_credentials`) so clients can tell cases apart.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'rule_violated'
  | 'too_large'
  | 'unsupported_type'
  | 'too_many_requests';

export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly fieldProblems: FieldProblem[] = [],
    /** more members of the problem document (RFC 9457 extensions), e.g. what blocks a stage change */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', 'not_found', `${what} was not found.`);
  }
}

export class StaleVersionError extends DomainError {
  constructor(what: string) {
    super(
      'precondition_failed',
      'stale_version',
      `${what} has been changed by someone else since you loaded it. Reload it and make your change again.`,
    );
  }
}

export class InvalidInputError extends DomainError {
  constructor(problems: FieldProblem[], code = 'validation_failed') {
    super('invalid', code, problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  }
}

/** Throws StaleVersionError unless the version the client saw is the current one. */
export function assertVersion(what: string, current: number, expected: number): void {
  if (current !== expected) throw new StaleVersionError(what);
}

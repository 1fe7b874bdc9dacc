import { DomainError } from '@dhr/platform-domain';
import type { UserId } from '@dhr/platform-domain';
import { ImrRequest, isWithAgency, needsSignOff, RequestStatus } from './imr-request';

/** A rule of domain.md stops the change; `problems` says everything still missing at once. */
export class ImrRuleError extends DomainError {
  constructor(code: string, message: string, problems: string[] = []) {
    super('rule_violated', code, message, [], problems.length ? { problems } : {});
    this.name = 'ImrRuleError';
  }
}

/** Rule 4: no IMR request is sent before the panel has agreed a version of the terms of reference. */
export function assertCanSend(request: Pick<ImrRequest, 'status'>, agreedTermsVersion: number | null): void {
  if (request.status !== 'scoped') {
    throw new ImrRuleError('already_sent', 'This request has already been sent.');
  }
  if (agreedTermsVersion === null) {
    throw new ImrRuleError(
      'terms_of_reference_not_agreed',
      'Requests are sent once the panel has agreed the terms of reference.',
    );
  }
}

/** The author works on the request while it is with the agency. */
export function assertEditable(request: Pick<ImrRequest, 'status'>): void {
  if (!isWithAgency(request.status)) {
    throw new ImrRuleError(
      'not_editable',
      request.status === 'scoped'
        ? 'This request has not been sent to the agency yet.'
        : 'This submission is with the senior manager or the chair and cannot be changed now.',
    );
  }
}

export interface SubmissionContent {
  chronologyEntries: number;
  unansweredQuestions: number[];
  independenceStatement: string | null;
}

/**
 * Rule 5, the author's part: an IMR goes for sign-off only with a chronology, an answer to every question of
 * the terms of reference and an independence statement. A summary needs the answers and the statement; a nil
 * return only the statement.
 */
export function submissionProblems(request: Pick<ImrRequest, 'kind'>, content: SubmissionContent): string[] {
  const problems: string[] = [];
  if (request.kind === 'imr' && content.chronologyEntries === 0)
    problems.push('Add the agency’s chronology.');
  if (request.kind !== 'nil_return' && content.unansweredQuestions.length > 0) {
    problems.push(`Answer terms of reference question ${content.unansweredQuestions.join(', ')}.`);
  }
  if (!content.independenceStatement?.trim()) problems.push('Give the author’s statement of independence.');
  return problems;
}

/** Where the author's submission goes: to the senior manager for a full IMR, else straight to the chair. */
export function statusAfterSubmission(request: Pick<ImrRequest, 'kind'>): RequestStatus {
  return needsSignOff(request.kind) ? 'awaiting_sign_off' : 'submitted';
}

/** Rule 5, the sign-off: by the named senior manager, who is not the author, once the author has submitted. */
export function assertCanSignOff(
  request: Pick<ImrRequest, 'status' | 'authorUserId' | 'seniorManagerUserId'>,
  signer: UserId,
): void {
  if (request.status !== 'awaiting_sign_off') {
    throw new ImrRuleError('not_awaiting_sign_off', 'There is no submission waiting for sign-off.');
  }
  if (signer === request.authorUserId) {
    throw new ImrRuleError('author_cannot_sign_off', 'The author cannot sign off their own IMR.');
  }
  if (signer !== request.seniorManagerUserId) {
    throw new ImrRuleError(
      'not_senior_manager',
      'Only the senior manager named on the request signs it off.',
    );
  }
}

/** The chair returns or accepts what reached them, nothing else. */
export function assertWithChair(request: Pick<ImrRequest, 'status'>): void {
  if (request.status !== 'submitted') {
    throw new ImrRuleError(
      'not_with_chair',
      'Only a submission that has reached the chair can be returned or accepted.',
    );
  }
}

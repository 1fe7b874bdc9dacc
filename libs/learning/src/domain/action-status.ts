import { DomainError, FieldProblem } from '@dhr/platform-domain';

/**
 * The life of an action (an action plan row), as rule 11 puts it: "an action closes only with evidence and the
 * coordinator's approval".
 *   open → completion_submitted   the lead officer submits completion with an outcome and ≥ 1 evidence document
 *   completion_submitted → closed the coordinator approves (signs off)
 *   completion_submitted → open   the coordinator rejects, giving a reason
 */
export const ACTION_STATUSES = ['open', 'completion_submitted', 'closed'] as const;

export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  completion_submitted: 'Completion awaiting sign-off',
  closed: 'Closed',
};

export function isActionStatus(value: string): value is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(value);
}

/**
 * Throws unless the lead officer may submit completion now. Codes: 'not_open' (already submitted or closed),
 * else 'evidence_missing' or 'outcome_missing'. Decision: when both are missing the code is
 * 'evidence_missing' (evidence is what rule 11 names) and `fieldProblems` lists both, so a form can show
 * everything at once. A blank or whitespace-only outcome is missing. A count that is not a whole number ≥ 0
 * is a programming error (RangeError).
 */
export function assertCanSubmitCompletion(
  status: ActionStatus,
  evidenceCount: number,
  outcome: string | null,
): void {
  if (!Number.isInteger(evidenceCount) || evidenceCount < 0) {
    throw new RangeError(`evidenceCount must be a whole number ≥ 0, not ${evidenceCount}`);
  }
  if (status !== 'open') {
    throw new DomainError(
      'rule_violated',
      'not_open',
      status === 'closed'
        ? 'This action is closed: its completion has already been signed off.'
        : 'Completion of this action has already been submitted and is awaiting sign-off.',
    );
  }
  const problems: FieldProblem[] = [];
  if (evidenceCount === 0) {
    problems.push({ field: 'evidence', message: 'Attach at least one evidence document.' });
  }
  if (outcome === null || outcome.trim() === '') {
    problems.push({ field: 'outcome', message: 'Describe the outcome of the action.' });
  }
  const [first] = problems;
  if (first) {
    const code = first.field === 'evidence' ? 'evidence_missing' : 'outcome_missing';
    throw new DomainError(
      'rule_violated',
      code,
      `An action is completed only with an outcome and evidence: ${problems.map((p) => p.message).join(' ')}`,
      problems,
    );
  }
}

/** Throws 'not_submitted' unless completion is awaiting the coordinator's sign-off. */
export function assertCanApprove(status: ActionStatus): void {
  if (status !== 'completion_submitted') throw notSubmitted(status);
}

/**
 * Throws 'not_submitted' unless completion is awaiting sign-off, then 'reason_missing' for a blank reason:
 * the lead officer must be told why their completion was sent back.
 */
export function assertCanReject(status: ActionStatus, reason: string | null): void {
  if (status !== 'completion_submitted') throw notSubmitted(status);
  if (reason === null || reason.trim() === '') {
    throw new DomainError(
      'rule_violated',
      'reason_missing',
      'Give the lead officer a reason for sending the completion back.',
      [{ field: 'reason', message: 'Give a reason for rejecting the completion.' }],
    );
  }
}

function notSubmitted(status: ActionStatus): DomainError {
  return new DomainError(
    'rule_violated',
    'not_submitted',
    status === 'closed'
      ? 'This action is already closed.'
      : 'Completion of this action has not been submitted for sign-off.',
  );
}

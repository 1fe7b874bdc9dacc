import { ReviewRuleError } from './review.errors';
import {
  REVIEW_STATUS_LABELS,
  REVIEW_TRANSITIONS,
  ReviewStatus,
  ReviewTransition,
  TRANSITIONS,
} from './review-status';

/** What the guards need to know about a review, gathered by the application layer. */
export interface ReviewFacts {
  status: ReviewStatus;
  /** An open pause. */
  paused: boolean;
  homeOfficeInformedOn: string | null;
  chair: { appointed: boolean; independenceDeclared: boolean };
  /** At least one version of the terms of reference agreed. */
  agreedTermsOfReference: boolean;
  /** The completion date has passed (today, or at submission): see statutory-clock. */
  completionBreached: boolean;
  breachReasonRecorded: boolean;
  /** CSP sign-off recorded for the current drafting round. */
  signOffRecorded: boolean;
  /** Agencies asked for an IMR, a summary or a nil return whose answer the chair has not yet accepted. */
  outstandingEvidence: string[];
  /** References of the actions answering the review's recommendations that are not yet closed. */
  openActions: string[];
  /** The latest unsent submission version, and what it lacks ('executive summary', 'anonymisation check'). */
  submissionReady: { exists: boolean; missing: string[] };
  /** Criminal proceedings not concluded. */
  openCriminalProceedings: number;
  familyToldPublicationDate: boolean;
}

/** Why a transition cannot happen now: a stable snake_case code, and what the coordinator should do. */
export interface Blocker {
  code: string;
  message: string;
}

export interface TransitionAvailability {
  transition: ReviewTransition;
  label: string;
  to: ReviewStatus;
  available: boolean;
  blockers: Blocker[];
}

const PAUSED: Blocker = { code: 'review_paused', message: 'The review is paused: resume it first.' };

/** The rules of domain.md that each transition must meet, beyond its starting status and not being paused. */
const RULES: Record<ReviewTransition, (facts: ReviewFacts) => Blocker[]> = {
  commission: () => [],
  decline: () => [],
  start_work: startWorkBlockers,
  start_drafting: startDraftingBlockers,
  start_consultation: () => [],
  sign_off: signOffBlockers,
  submit: submitBlockers,
  record_cleared: () => [],
  record_resubmit: () => [],
  publish: publishBlockers,
  close: closeBlockers,
  transfer: () => [],
};

/** Every transition the review's status allows, each with what blocks it now ([] when it is available). */
export function availableTransitions(facts: ReviewFacts): TransitionAvailability[] {
  return REVIEW_TRANSITIONS.filter((transition) => TRANSITIONS[transition].from.includes(facts.status)).map(
    (transition) => {
      const blockers = blockersOf(facts, transition);
      const { label, to } = TRANSITIONS[transition];
      return { transition, label, to, available: blockers.length === 0, blockers };
    },
  );
}

/**
 * The status the transition leads to, or a ReviewRuleError: `transition_not_allowed` when the status does not
 * allow it at all, otherwise the first blocker's code, with every blocker listed.
 */
export function assertTransition(facts: ReviewFacts, transition: ReviewTransition): ReviewStatus {
  const { from, to, label } = TRANSITIONS[transition];
  if (!from.includes(facts.status)) {
    const blocker: Blocker = {
      code: 'transition_not_allowed',
      message: `"${label}" is not possible while the review is at "${REVIEW_STATUS_LABELS[facts.status]}".`,
    };
    throw new ReviewRuleError(blocker.code, blocker.message, [blocker]);
  }
  const [first, ...rest] = blockersOf(facts, transition);
  if (first) {
    throw new ReviewRuleError(first.code, [first, ...rest].map((b) => b.message).join(' '), [first, ...rest]);
  }
  return to;
}

/** A pause holds everything but a transfer, which domain.md allows at any stage. */
function blockersOf(facts: ReviewFacts, transition: ReviewTransition): Blocker[] {
  const paused = facts.paused && transition !== 'transfer' ? [PAUSED] : [];
  return [...paused, ...RULES[transition](facts)];
}

/** Rules 2 and 3: the Home Office knows of the decision; an independent chair has declared independence. */
function startWorkBlockers(facts: ReviewFacts): Blocker[] {
  const blockers: Blocker[] = [];
  if (facts.homeOfficeInformedOn === null) {
    blockers.push({
      code: 'home_office_not_informed',
      message: 'Record the date the Home Office was told of the decision to hold the review.',
    });
  }
  if (!facts.chair.appointed) {
    blockers.push({ code: 'chair_not_appointed', message: 'Appoint an independent chair.' });
  } else if (!facts.chair.independenceDeclared) {
    blockers.push({
      code: 'chair_not_declared',
      message: 'Record the independent chair’s declaration of independence from every agency under review.',
    });
  }
  return blockers;
}

/** The panel's questions frame the IMRs and the analysis, so drafting starts from an agreed version. */
function startDraftingBlockers(facts: ReviewFacts): Blocker[] {
  if (facts.agreedTermsOfReference) return [];
  return [
    {
      code: 'terms_of_reference_not_agreed',
      message: 'Record that the panel has agreed a version of the terms of reference.',
    },
  ];
}

/** Rules 7 and 10: a complete, signed-off bundle, and a reason for any breach of the completion date. */
function submitBlockers(facts: ReviewFacts): Blocker[] {
  const blockers: Blocker[] = [];
  const { exists, missing } = facts.submissionReady;
  if (!exists) {
    blockers.push({
      code: 'submission_missing',
      message:
        'Prepare a submission: the overview report, executive summary, action plan and CSP sign-off ' +
        'letter, all at the same version.',
    });
  } else if (missing.length > 0) {
    blockers.push({
      code: 'submission_incomplete',
      message: `Complete the submission, which is missing: ${missing.join(', ')}.`,
    });
  }
  if (!facts.signOffRecorded) {
    blockers.push({ code: 'sign_off_missing', message: 'Record the CSP sign-off of this draft.' });
  }
  if (facts.completionBreached && !facts.breachReasonRecorded) {
    blockers.push({
      code: 'breach_reason_missing',
      message: 'The completion date has passed: record the reason for the delay.',
    });
  }
  return blockers;
}

/** Rule 9: cleared (the status itself), criminal proceedings over, the family told the date first. */
function publishBlockers(facts: ReviewFacts): Blocker[] {
  const blockers: Blocker[] = [];
  const open = facts.openCriminalProceedings;
  if (open > 0) {
    blockers.push({
      code: 'criminal_proceedings_open',
      message:
        open === 1
          ? '1 criminal proceeding has not concluded: record its conclusion before publishing.'
          : `${open} criminal proceedings have not concluded: record their conclusion before publishing.`,
    });
  }
  if (!facts.familyToldPublicationDate) {
    blockers.push({
      code: 'family_not_told',
      message: 'Record that the family has been told the publication date.',
    });
  }
  return blockers;
}

/** Rule 6: the overview report is final only once every agency asked has returned its IMR, summary or nil return. */
function signOffBlockers(facts: ReviewFacts): Blocker[] {
  if (facts.outstandingEvidence.length === 0) return [];
  return [
    {
      code: 'evidence_outstanding',
      message: `Accept the IMR, summary or nil return of every agency asked first; waiting for: ${facts.outstandingEvidence.join(', ')}.`,
    },
  ];
}

/** Stage 16 and rule 11: the review closes once every action answering its recommendations is closed with evidence. */
function closeBlockers(facts: ReviewFacts): Blocker[] {
  if (facts.openActions.length === 0) return [];
  return [
    {
      code: 'actions_open',
      message: `Close every action of the review's recommendations first, with evidence; still open: ${facts.openActions.join(', ')}.`,
    },
  ];
}

import type { ReviewId } from './review';

export const QA_OUTCOMES = ['cleared', 'resubmit'] as const;
export type QaOutcome = (typeof QA_OUTCOMES)[number];

/** The four parts of the bundle sent to the Home Office, all of one version (rule 7). */
export const SUBMISSION_PARTS = [
  'overviewReport',
  'executiveSummary',
  'actionPlan',
  'signOffLetter',
] as const;
export type SubmissionPart = (typeof SUBMISSION_PARTS)[number];
export const SUBMISSION_PART_LABELS: Record<SubmissionPart, string> = {
  overviewReport: 'overview report',
  executiveSummary: 'executive summary',
  actionPlan: 'action plan',
  signOffLetter: 'CSP sign-off letter',
};

export interface Submission {
  id: string;
  reviewId: ReviewId;
  versionNumber: number;
  documents: Record<SubmissionPart, string | null>;
  anonymisationCheck: { checkedBy: string; checkedAt: Date } | null;
  sentOn: string | null;
  qa: { outcome: QaOutcome; outcomeOn: string; letterDocumentId: string | null } | null;
  version: number;
}

/** What a submission still lacks before it can be sent: each missing part, and the anonymisation check. */
export function missingFromSubmission(submission: Submission): string[] {
  const missing: string[] = SUBMISSION_PARTS.filter((part) => !submission.documents[part]).map(
    (part) => SUBMISSION_PART_LABELS[part],
  );
  if (!submission.anonymisationCheck) missing.push('anonymisation check');
  return missing;
}

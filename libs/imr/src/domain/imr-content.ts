import type { ChronologyDate } from './chronology-date';

export const FINDING_KINDS = ['good_practice', 'lesson'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface ImrAnswer {
  id: string;
  questionNumber: number;
  answer: string;
  version: number;
}

export interface ImrFinding {
  id: string;
  kind: FindingKind;
  position: number;
  text: string;
}

/** A proposed single-agency recommendation, with the columns of seed 003's Appendix B. */
export interface ImrRecommendation {
  id: string;
  position: number;
  recommendation: string;
  lead: string;
  action: string;
  keyMilestone: string | null;
  targetDate: string;
}

export interface ChronologyEntry {
  id: string;
  requestId: string;
  agencyId: string;
  occurred: ChronologyDate;
  dateText: string;
  earliestOn: string;
  latestOn: string;
  sourceReference: string | null;
  subjects: string[];
  event: string;
  actionOutcome: string | null;
  analysis: string | null;
  version: number;
  createdAt: Date;
}

export const CHAIR_OUTCOMES = ['returned', 'accepted'] as const;
export type ChairOutcome = (typeof CHAIR_OUTCOMES)[number];

export interface ChairComment {
  /** 'question-3', 'chronology', 'good-practice', 'lessons', 'recommendations', 'independence' or 'general' */
  section: string;
  comment: string;
}

/** One submitted version of an IMR, kept whole, and what the chair decided on it. */
export interface ImrRevision {
  id: string;
  requestId: string;
  revisionNumber: number;
  content: ImrSnapshot;
  submittedBy: string;
  submittedAt: Date;
  outcome: ChairOutcome | null;
  chairComments: ChairComment[];
  decidedBy: string | null;
  decidedAt: Date | null;
}

export interface ImrSnapshot {
  kind: string;
  termsVersionNumber: number | null;
  answers: { questionNumber: number; answer: string }[];
  findings: { kind: FindingKind; text: string }[];
  recommendations: Omit<ImrRecommendation, 'id'>[];
  chronologyEntries: number;
  independenceStatement: string | null;
}

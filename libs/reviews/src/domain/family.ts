import type { ReviewId } from './review';

export const CONTACT_CHANNELS = [
  'letter',
  'email',
  'phone',
  'meeting',
  'video_call',
  'via_liaison_officer',
  'via_advocate',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  letter: 'Letter',
  email: 'Email',
  phone: 'Telephone',
  meeting: 'Meeting',
  video_call: 'Video call',
  via_liaison_officer: 'Through a family liaison officer',
  via_advocate: 'Through an advocate',
};

/** Every contact is recorded, including the ones nobody answered (seed 003: a mother "did not reply"). */
export const CONTACT_OUTCOMES = ['met', 'contributed', 'informed', 'declined', 'no_reply', 'other'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];
export const CONTACT_OUTCOME_LABELS: Record<ContactOutcome, string> = {
  met: 'Met the chair or panel',
  contributed: 'Contributed in writing',
  informed: 'Informed or updated',
  declined: 'Declined to take part',
  no_reply: 'Did not reply',
  other: 'Other',
};

/** A family member or friend, described by relationship (never by real name, which belongs in the identities). */
export interface FamilyContact {
  id: string;
  reviewId: ReviewId;
  person: string;
  relationship: string;
  channel: ContactChannel;
  contactedOn: string;
  outcome: ContactOutcome;
  notes: string | null;
  recordedBy: string;
  createdAt: Date;
}

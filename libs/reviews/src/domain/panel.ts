import type { AgencyId, UserId } from '@dhr/platform-domain';
import type { ReviewId } from './review';

export const PANEL_ROLES = ['member', 'author', 'adviser', 'minute_taker'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];
export const PANEL_ROLE_LABELS: Record<PanelRole, string> = {
  member: 'Panel member',
  author: 'Overview report author',
  adviser: 'Specialist adviser',
  minute_taker: 'Minute taker',
};

/** A senior representative on the panel; `userId` links one who signs in, so they can read the review. */
export interface PanelMember {
  id: string;
  reviewId: ReviewId;
  name: string;
  agencyId: AgencyId | null;
  organisation: string | null;
  jobTitle: string | null;
  panelRole: PanelRole;
  userId: UserId | null;
  joinedOn: string;
  leftOn: string | null;
  version: number;
}

export interface PanelMeeting {
  id: string;
  reviewId: ReviewId;
  heldOn: string;
  attendeeIds: string[];
  decisions: string[];
  notes: string | null;
  version: number;
}

/** A panel member serves on a date when they had joined by then and not yet left. */
export function servingOn(member: Pick<PanelMember, 'joinedOn' | 'leftOn'>, date: string): boolean {
  return member.joinedOn <= date && (member.leftOn === null || member.leftOn >= date);
}

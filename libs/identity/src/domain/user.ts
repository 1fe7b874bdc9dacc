import { AgencyId, PartnershipId, UserId } from '@dhr/platform-domain';
import { Role } from '@dhr/platform-auth';

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A person who signs in. Belongs to one partnership (none for a system administrator) and maybe an agency. */
export interface User {
  id: UserId;
  partnershipId: PartnershipId | null;
  agencyId: AgencyId | null;
  email: string;
  displayName: string;
  jobTitle: string | null;
  roles: Role[];
  status: UserStatus;
  version: number;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

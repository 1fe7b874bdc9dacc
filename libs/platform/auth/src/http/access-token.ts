import { AgencyId, PartnershipId, UserId } from '@dhr/platform-domain';
import { Role } from '../domain/roles';

/** The claims of an access token (a short-lived JWT sent as a bearer token). */
export interface AccessTokenClaims {
  sub: UserId;
  sid: string;
  pid: PartnershipId | null;
  aid: AgencyId | null;
  roles: Role[];
}

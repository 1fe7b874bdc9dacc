import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { AgencyType } from './agency-type';

/** A Community Safety Partnership: the tenant. Nothing of one partnership is visible to another. */
export interface Partnership {
  id: PartnershipId;
  name: string;
  /** prefix of its review references, e.g. DHR gives DHR-2026-004 */
  referencePrefix: string;
  version: number;
}

export interface Agency {
  id: AgencyId;
  partnershipId: PartnershipId;
  name: string;
  shortName: string | null;
  type: AgencyType;
  active: boolean;
  version: number;
}

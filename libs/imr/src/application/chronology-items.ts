import { Injectable } from '@nestjs/common';
import { PartnershipDirectory } from '@dhr/partnerships';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { ChronologyItem } from '../domain/combined-chronology';
import { ChronologyEntry } from '../domain/imr-content';

/** An entry of the combined chronology: the agency's entry, its agency's name, and the entries linked to it. */
export interface CombinedEntry extends ChronologyItem {
  entry: ChronologyEntry;
  /** entries the chair has linked to this one as the same event */
  linkedEntryIds: string[];
}

/** The names of the agencies whose entries are shown (an agency no longer found shows as "Unknown agency"). */
@Injectable()
export class AgencyNames {
  constructor(private readonly directory: PartnershipDirectory) {}

  async of(partnershipId: PartnershipId, entries: readonly ChronologyEntry[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const agencyId of new Set(entries.map((entry) => entry.agencyId))) {
      const agency = await this.directory.agency(partnershipId, agencyId as AgencyId);
      names.set(agencyId, agency?.name ?? 'Unknown agency');
    }
    return names;
  }
}

/** The entry as the domain's ordering and duplicate check read it. */
export function chronologyItemOf(entry: ChronologyEntry, agencyNames: Map<string, string>): ChronologyItem {
  return {
    id: entry.id,
    agencyId: entry.agencyId,
    agencyName: agencyNames.get(entry.agencyId) ?? 'Unknown agency',
    date: entry.occurred,
    event: entry.event,
    createdAt: entry.createdAt,
  };
}

import { Injectable } from '@nestjs/common';
import { Db } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { aliasKey } from '../domain/plan-import-agencies';
import { PlanAgencyNameEntity } from './plan-agency-name.entity';

export interface PlanAgencyName {
  name: string;
  agencyId: string;
  rememberedAt: Date;
}

/** The names the partnership's spreadsheets give its agencies, remembered from one import to the next. */
@Injectable()
export class PlanAgencyNameRepository {
  constructor(private readonly db: Db) {}

  /** name key → agency id */
  async forPartnership(partnershipId: PartnershipId): Promise<Map<string, string>> {
    const rows = await this.db.repository(PlanAgencyNameEntity).findBy({ partnershipId });
    return new Map(rows.map((row) => [row.nameKey, row.agencyId]));
  }

  /** The names remembered, as first written, with their agency, in the order people read them. */
  async list(partnershipId: PartnershipId): Promise<PlanAgencyName[]> {
    const rows = await this.db.repository(PlanAgencyNameEntity).find({ where: { partnershipId } });
    return rows
      .map((row) => ({ name: row.name, agencyId: row.agencyId, rememberedAt: row.createdAt }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  }

  /** Forgets a name; null when it was not remembered. */
  async forget(partnershipId: PartnershipId, name: string): Promise<PlanAgencyName | null> {
    const row = await this.db
      .repository(PlanAgencyNameEntity)
      .findOneBy({ partnershipId, nameKey: aliasKey(name) });
    if (!row) return null;
    await this.db.repository(PlanAgencyNameEntity).delete({ partnershipId, nameKey: row.nameKey });
    return { name: row.name, agencyId: row.agencyId, rememberedAt: row.createdAt };
  }

  /** Remembers each name for its agency; a name given again for another agency now stands for that one. */
  async remember(partnershipId: PartnershipId, names: Record<string, string>): Promise<void> {
    const rows = Object.entries(names)
      .map(([name, agencyId]) => ({
        partnershipId,
        nameKey: aliasKey(name),
        name: name.slice(0, 200),
        agencyId,
      }))
      .filter((row) => row.nameKey !== '' && row.nameKey.length <= 200);
    if (rows.length === 0) return;
    await this.db
      .repository(PlanAgencyNameEntity)
      .createQueryBuilder()
      .insert()
      .values(rows)
      .orUpdate(['agency_id'], ['partnership_id', 'name_key'])
      .execute();
  }
}

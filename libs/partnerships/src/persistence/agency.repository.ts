import { Injectable } from '@nestjs/common';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { Db } from '@dhr/platform-database';
import { AgencyType } from '../domain/agency-type';
import { Agency } from '../domain/partnership';
import { AgencyEntity } from './agency.entity';

export type AgencyChanges = Partial<Pick<Agency, 'name' | 'shortName' | 'type' | 'active'>>;

@Injectable()
export class AgencyRepository {
  constructor(private readonly db: Db) {}

  async list(partnershipId: PartnershipId, includeInactive: boolean): Promise<Agency[]> {
    const rows = await this.db
      .repository(AgencyEntity)
      .find({
        where: includeInactive ? { partnershipId } : { partnershipId, active: true },
        order: { name: 'ASC' },
      });
    return rows.map(toAgency);
  }

  async find(partnershipId: PartnershipId, id: AgencyId): Promise<Agency | undefined> {
    const row = await this.db.repository(AgencyEntity).findOneBy({ partnershipId, id });
    return row ? toAgency(row) : undefined;
  }

  /** For updates: the row, locked until the transaction ends. */
  async findForUpdate(partnershipId: PartnershipId, id: AgencyId): Promise<Agency | undefined> {
    const row = await this.db
      .repository(AgencyEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.partnership_id = :partnershipId AND a.id = :id', { partnershipId, id })
      .getOne();
    return row ? toAgency(row) : undefined;
  }

  async findByName(partnershipId: PartnershipId, name: string): Promise<Agency | undefined> {
    const row = await this.db
      .repository(AgencyEntity)
      .createQueryBuilder('a')
      .where('a.partnership_id = :partnershipId AND lower(a.name) = lower(:name)', { partnershipId, name })
      .getOne();
    return row ? toAgency(row) : undefined;
  }

  async insert(agency: Omit<Agency, 'version'>): Promise<Agency> {
    await this.db.repository(AgencyEntity).insert({ ...agency, version: 1 });
    return { ...agency, version: 1 };
  }

  async update(partnershipId: PartnershipId, id: AgencyId, changes: AgencyChanges): Promise<Agency> {
    const repository = this.db.repository(AgencyEntity);
    await repository
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' })
      .where('partnership_id = :partnershipId AND id = :id', { partnershipId, id })
      .execute();
    return toAgency(await repository.findOneByOrFail({ partnershipId, id }));
  }
}

function toAgency(row: AgencyEntity): Agency {
  return {
    id: row.id as AgencyId,
    partnershipId: row.partnershipId as PartnershipId,
    name: row.name,
    shortName: row.shortName,
    type: row.type as AgencyType,
    active: row.active,
    version: row.version,
  };
}

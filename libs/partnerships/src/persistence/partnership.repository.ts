import { Injectable } from '@nestjs/common';
import { PartnershipId } from '@dhr/platform-domain';
import { Db } from '@dhr/platform-database';
import { Partnership } from '../domain/partnership';
import { PartnershipEntity } from './partnership.entity';

@Injectable()
export class PartnershipRepository {
  constructor(private readonly db: Db) {}

  async find(id: PartnershipId): Promise<Partnership | undefined> {
    const row = await this.db.repository(PartnershipEntity).findOneBy({ id });
    return row ? toPartnership(row) : undefined;
  }

  async findByName(name: string): Promise<Partnership | undefined> {
    const row = await this.db.repository(PartnershipEntity).findOneBy({ name });
    return row ? toPartnership(row) : undefined;
  }

  async list(): Promise<Partnership[]> {
    const rows = await this.db.repository(PartnershipEntity).find({ order: { name: 'ASC' } });
    return rows.map(toPartnership);
  }

  async insert(partnership: Omit<Partnership, 'version'>): Promise<Partnership> {
    await this.db.repository(PartnershipEntity).insert({ ...partnership, version: 1 });
    return { ...partnership, version: 1 };
  }
}

function toPartnership(row: PartnershipEntity): Partnership {
  return {
    id: row.id as PartnershipId,
    name: row.name,
    referencePrefix: row.referencePrefix,
    version: row.version,
  };
}

import { Injectable } from '@nestjs/common';
import { Db } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { Theme } from '../domain/learning-records';
import { PartnershipRecords } from './learning-records';
import { ThemeEntity } from './theme.entity';

@Injectable()
export class ThemeRepository extends PartnershipRecords<ThemeEntity, Theme> {
  constructor(db: Db) {
    super(db, ThemeEntity);
  }

  async list(partnershipId: PartnershipId): Promise<Theme[]> {
    const rows = await this.db
      .repository(ThemeEntity)
      .find({ where: { partnershipId }, order: { name: 'ASC' } });
    return rows.map((row) => this.toRecord(row));
  }

  async findByName(partnershipId: PartnershipId, name: string): Promise<Theme | undefined> {
    const row = await this.db
      .repository(ThemeEntity)
      .createQueryBuilder('t')
      .where('t.partnership_id = :partnershipId AND lower(t.name) = lower(:name)', { partnershipId, name })
      .getOne();
    return row ? this.toRecord(row) : undefined;
  }

  protected toRecord(row: ThemeEntity): Theme {
    return { id: row.id, name: row.name, active: row.active, version: row.version };
  }
}

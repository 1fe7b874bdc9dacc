import { Db } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { EntityTarget, ObjectLiteral } from 'typeorm';

interface Row extends ObjectLiteral {
  id: string;
  partnershipId: string;
}

/** The queries every partnership-wide record of the learning context needs, always scoped by partnership. */
export abstract class PartnershipRecords<R extends Row, Record> {
  protected constructor(
    protected readonly db: Db,
    protected readonly entity: EntityTarget<R>,
  ) {}

  protected abstract toRecord(row: R): Record;

  async find(partnershipId: PartnershipId, id: string): Promise<Record | undefined> {
    const row = await this.db
      .repository(this.entity)
      .createQueryBuilder('x')
      .where('x.partnership_id = :partnershipId AND x.id = :id', { partnershipId, id })
      .getOne();
    return row ? this.toRecord(row) : undefined;
  }

  /** For changes: the row, locked until the transaction ends. */
  async findForUpdate(partnershipId: PartnershipId, id: string): Promise<Record | undefined> {
    const row = await this.db
      .repository(this.entity)
      .createQueryBuilder('x')
      .setLock('pessimistic_write')
      .where('x.partnership_id = :partnershipId AND x.id = :id', { partnershipId, id })
      .getOne();
    return row ? this.toRecord(row) : undefined;
  }

  async insert(row: Omit<R, 'version' | 'createdAt'>): Promise<Record> {
    await this.db.repository(this.entity).insert({ ...row, version: 1 } as unknown as R);
    return this.mustFind(row.partnershipId as PartnershipId, row.id);
  }

  async update(partnershipId: PartnershipId, id: string, changes: Partial<Omit<R, 'id' | 'partnershipId'>>) {
    await this.db
      .repository(this.entity)
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where('partnership_id = :partnershipId AND id = :id', { partnershipId, id })
      .execute();
    return this.mustFind(partnershipId, id);
  }

  private async mustFind(partnershipId: PartnershipId, id: string): Promise<Record> {
    const record = await this.find(partnershipId, id);
    if (!record) throw new Error(`${String(this.entity)} ${id} was written but cannot be read back`);
    return record;
  }
}

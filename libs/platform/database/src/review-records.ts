import { PartnershipId } from '@dhr/platform-domain';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { Db } from './db';

export interface ReviewRecordRow extends ObjectLiteral {
  id: string;
  partnershipId: string;
  reviewId: string;
}

/**
 * The queries every record that belongs to one review needs (panel members, meetings, IMR requests...), for
 * any context: always scoped by partnership and review, so a record of another review or partnership is
 * simply not found.
 */
export abstract class ReviewRecords<Row extends ReviewRecordRow, Record> {
  protected constructor(
    protected readonly db: Db,
    private readonly entity: EntityTarget<Row>,
    private readonly order: keyof Row & string,
  ) {}

  protected abstract toRecord(row: Row): Record;

  async listFor(partnershipId: PartnershipId, reviewId: string): Promise<Record[]> {
    const rows = await this.db
      .repository(this.entity)
      .createQueryBuilder('x')
      .where('x.partnership_id = :partnershipId AND x.review_id = :reviewId', { partnershipId, reviewId })
      .orderBy(`x.${this.order}`, 'ASC')
      .addOrderBy('x.id', 'ASC')
      .getMany();
    return rows.map((row) => this.toRecord(row));
  }

  async find(partnershipId: PartnershipId, reviewId: string, id: string): Promise<Record | undefined> {
    const row = await this.db
      .repository(this.entity)
      .createQueryBuilder('x')
      .where('x.partnership_id = :partnershipId AND x.review_id = :reviewId AND x.id = :id', {
        partnershipId,
        reviewId,
        id,
      })
      .getOne();
    return row ? this.toRecord(row) : undefined;
  }

  /** A record by its id alone, within the partnership (for a document attached to it, say). */
  async findInPartnership(partnershipId: PartnershipId, id: string): Promise<Record | undefined> {
    const row = await this.db
      .repository(this.entity)
      .createQueryBuilder('x')
      .where('x.partnership_id = :partnershipId AND x.id = :id', { partnershipId, id })
      .getOne();
    return row ? this.toRecord(row) : undefined;
  }

  async insert(row: Omit<Row, 'version' | 'createdAt'>): Promise<Record> {
    const values = { ...row, version: 1 } as unknown as Row;
    await this.db.repository(this.entity).insert(values);
    return this.mustFind(row.partnershipId as PartnershipId, row.reviewId, row.id);
  }

  async update(
    partnershipId: PartnershipId,
    reviewId: string,
    id: string,
    changes: Partial<Omit<Row, 'id' | 'partnershipId' | 'reviewId' | 'version' | 'createdAt'>>,
  ): Promise<Record> {
    await this.db
      .repository(this.entity)
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where('partnership_id = :partnershipId AND review_id = :reviewId AND id = :id', {
        partnershipId,
        reviewId,
        id,
      })
      .execute();
    return this.mustFind(partnershipId, reviewId, id);
  }

  /** The record just written in this transaction: its absence is a bug, not a client's mistake. */
  private async mustFind(partnershipId: PartnershipId, reviewId: string, id: string): Promise<Record> {
    const record = await this.find(partnershipId, reviewId, id);
    if (!record) throw new Error(`${String(this.entity)} ${id} was written but cannot be read back`);
    return record;
  }
}

import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** A partnership's statutory periods, when it departs from the defaults of domain.md. */
@Entity('review_clock_policy')
export class ReviewClockPolicyEntity {
  @PrimaryColumn('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @Column('int', { name: 'decision_months' })
  decisionMonths: number;

  @Column('int', { name: 'completion_months' })
  completionMonths: number;

  @Column('int', { name: 'warning_days' })
  warningDays: number;

  @VersionColumn()
  version: number;
}

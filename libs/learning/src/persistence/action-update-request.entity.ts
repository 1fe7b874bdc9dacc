import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** That the lead officers of an action were asked for its update in a quarter: asked once a quarter, never twice. */
@Entity('action_update_request')
export class ActionUpdateRequestEntity {
  @PrimaryColumn('uuid', { name: 'action_id' })
  actionId: string;

  @PrimaryColumn('varchar', { length: 10 })
  quarter: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}

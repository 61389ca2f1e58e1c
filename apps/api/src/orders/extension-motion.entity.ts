import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { ExtensionMotionOutcome } from '@haven/contracts';

/** A motion to extend an order, filed on a date the rules check against the order's expiry (R11). */
@Entity({ name: 'extension_motion' })
@Index('uq_extension_motion_pending', ['orderId'], { unique: true, where: "outcome = 'pending'" })
@Index('uq_extension_motion_granted_order', ['grantedOrderId'], { unique: true })
export class ExtensionMotionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_extension_motion' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'filed_on', type: 'date' })
  filedOn!: string;

  @Column({ name: 'filed_time', type: 'time', nullable: true })
  filedTime!: string | null;

  @Column({ type: 'text', default: 'pending' })
  outcome!: ExtensionMotionOutcome;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  /** The order the court issued on granting the motion. */
  @Column({ name: 'granted_order_id', type: 'uuid', nullable: true })
  grantedOrderId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

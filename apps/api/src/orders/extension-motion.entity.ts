import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

import type { ExtensionMotionOutcome } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';

import { ProtectiveOrderEntity } from './protective-order.entity';

/** A motion to extend an order, filed on a date the rules check against the order's expiry (R11). */
@Entity({ name: 'extension_motion' })
@Index('uq_extension_motion_pending', ['orderId'], { unique: true, where: "outcome = 'pending'" })
@Index('uq_extension_motion_granted_order', ['grantedOrderId'], { unique: true })
@Index('ix_extension_motion_order', ['orderId'])
@Index('ix_extension_motion_case', ['caseId'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_extension_motion_case',
  onDelete: 'CASCADE',
})
@ForeignKey(() => ProtectiveOrderEntity, ['orderId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_extension_motion_order',
  onDelete: 'CASCADE',
})
@ForeignKey(
  () => ProtectiveOrderEntity,
  ['grantedOrderId', 'organisationId'],
  ['id', 'organisationId'],
  { name: 'fk_extension_motion_granted_order', onDelete: 'NO ACTION' },
)
@Check('ck_extension_motion_outcome', `outcome in ('pending', 'granted', 'denied', 'withdrawn')`)
@Check('ck_extension_motion_decided', `(outcome = 'pending') = (decided_on is null)`)
@Check(
  'ck_extension_motion_granted_order',
  `(outcome = 'granted') = (granted_order_id is not null)`,
)
@Check('ck_extension_motion_decided_after_filing', `decided_on is null or decided_on >= filed_on`)
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

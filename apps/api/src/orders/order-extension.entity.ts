import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { CaseEntity } from '@api/case-files/case.entity';

import { ProtectiveOrderEntity } from './protective-order.entity';

/** A short extension of one order: incapacity (R02) or respondent not served (R07, R24). */
@Entity({ name: 'order_extension' })
@Index('ix_order_extension_order', ['orderId'])
@Index('ix_order_extension_case', ['caseId'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_order_extension_case',
  onDelete: 'CASCADE',
})
@ForeignKey(() => ProtectiveOrderEntity, ['orderId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_order_extension_order',
  onDelete: 'CASCADE',
})
@Check('ck_order_extension_kind', `kind in ('incapacity', 'unserved')`)
@Check(
  'ck_order_extension_expiry_after_grant',
  `stated_expiry_on is null or stated_expiry_on >= granted_on`,
)
export class OrderExtensionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_order_extension' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ type: 'text' })
  kind!: 'incapacity' | 'unserved';

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn!: string;

  @Column({ name: 'granted_time', type: 'time', nullable: true })
  grantedTime!: string | null;

  @Column({ name: 'stated_expiry_on', type: 'date', nullable: true })
  statedExpiryOn!: string | null;

  @Column({ name: 'stated_expiry_time', type: 'time', nullable: true })
  statedExpiryTime!: string | null;

  @Column({ name: 'stated_expiry_override_reason', type: 'text', nullable: true })
  statedExpiryOverrideReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

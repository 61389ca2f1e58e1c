import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

import type { ServiceMethod, ServiceOutcome, ServedBy } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';
import { ProtectiveOrderEntity } from '@api/orders/protective-order.entity';

@Entity({ name: 'service_attempt' })
@Index('ix_service_attempt_case', ['caseId'])
@Index('ix_service_attempt_order', ['orderId'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_service_attempt_case',
  onDelete: 'CASCADE',
})
@ForeignKey(() => ProtectiveOrderEntity, ['orderId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_service_attempt_order',
  onDelete: 'CASCADE',
})
@Check(
  'ck_service_attempt_served_by',
  `served_by in ('sheriff', 'police', 'process_server', 'other')`,
)
@Check(
  'ck_service_attempt_method',
  `method in ('personal', 'substituted', 'posted', 'open_court', 'other')`,
)
@Check('ck_service_attempt_outcome', `outcome in ('served', 'not_found', 'refused', 'other')`)
@Check('ck_service_attempt_notes_encrypted', `notes_enc is null or notes_enc like 'v1:%'`)
export class ServiceAttemptEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_service_attempt' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'attempted_on', type: 'date' })
  attemptedOn!: string;

  @Column({ name: 'attempted_time', type: 'time', nullable: true })
  attemptedTime!: string | null;

  @Column({ name: 'served_by', type: 'text' })
  servedBy!: ServedBy;

  @Column({ type: 'text' })
  method!: ServiceMethod;

  @Column({ type: 'text' })
  outcome!: ServiceOutcome;

  /** Encrypted: process servers' notes often hold where the respondent was found. */
  @Column({ name: 'notes_enc', type: 'text', nullable: true, select: false })
  notesEnc!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

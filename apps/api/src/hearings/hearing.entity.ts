import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

import type { HearingKind, HearingOutcome } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';
import { ProtectiveOrderEntity } from '@api/orders/protective-order.entity';

/** A hearing; a continuance closes it with outcome `continued` and opens the next one. */
@Entity({ name: 'hearing' })
@Unique('uq_hearing_continued_from', ['continuedFromId'])
@Unique('uq_hearing_id_org', ['id', 'organisationId'])
// A case's hearings, and an advocate's calendar of them by date (issue 18).
@Index('ix_hearing_case_scheduled', ['caseId', 'scheduledOn'])
@Index('ix_hearing_org_scheduled', ['organisationId', 'scheduledOn'])
// Funder reports count orders denied at a hearing by the day it was held (issue 15).
@Index('ix_hearing_org_held_denied', ['organisationId', 'heldOn'], { where: `outcome = 'denied'` })
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_hearing_case',
  onDelete: 'CASCADE',
})
// The two keys below are `on delete set null (<id column>)` in the migrations: only the id is
// cleared, never organisation_id. TypeORM cannot state the column list; it reads them as SET NULL.
@ForeignKey(() => HearingEntity, ['continuedFromId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_hearing_continued_from',
  onDelete: 'SET NULL',
})
@ForeignKey(() => ProtectiveOrderEntity, ['orderId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_hearing_order',
  onDelete: 'SET NULL',
})
@Check('ck_hearing_kind', `kind in ('ppo_full_hearing', 'final_trial', 'extension', 'sro_final')`)
@Check(
  'ck_hearing_outcome',
  `outcome in ('granted', 'denied', 'continued', 'respondent_not_served', 'petitioner_absent',
    'ppo_reissued')`,
)
@Check('ck_hearing_held_with_outcome', `(outcome is null) = (held_on is null)`)
@Check(
  'ck_hearing_continuance_reason',
  `outcome is distinct from 'continued' or continuance_reason is not null`,
)
export class HearingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_hearing' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ type: 'text' })
  kind!: HearingKind;

  @Column({ name: 'scheduled_on', type: 'date' })
  scheduledOn!: string;

  /** 'HH:MM:SS' as PostgreSQL returns it; null when the court gave no time. */
  @Column({ name: 'scheduled_time', type: 'time', nullable: true })
  scheduledTime!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: HearingOutcome | null;

  @Column({ name: 'held_on', type: 'date', nullable: true })
  heldOn!: string | null;

  @Column({ name: 'continued_from_id', type: 'uuid', nullable: true })
  continuedFromId!: string | null;

  @Column({ name: 'continuance_reason', type: 'text', nullable: true })
  continuanceReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { CaseEntity } from '@api/cases/case.entity';

export type FollowupKind = 'case_opened_review';
export type FollowupState = 'pending' | 'delivered' | 'cancelled';

/**
 * The transactional outbox: a follow-up is written in the same transaction as the fact that causes
 * it, and PostgreSQL (not Redis) is the record of what is still owed. BullMQ only delivers it.
 */
@Entity({ name: 'followup' })
@Index('ix_followup_pending_due', ['state', 'dueAt'])
@Check('ck_followup_state', `state in ('pending', 'delivered', 'cancelled')`)
@Check('ck_followup_version', `version >= 1`)
export class FollowupEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_followup' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_followup_case' })
  case?: CaseEntity;

  @Column({ type: 'text' })
  kind!: FollowupKind;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'text', default: 'pending' })
  state!: FollowupState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}

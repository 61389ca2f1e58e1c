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

import type { FollowupAudience, FollowupRuleKind } from '@haven/rules';

import { CaseEntity } from '@api/case-files/case.entity';

/** The review of a new case (case opening), or one of the rules @haven/rules plans. */
export type FollowupKind = 'case_opened_review' | FollowupRuleKind;
export type FollowupState = 'pending' | 'delivered' | 'cancelled';

/**
 * The transactional outbox: a follow-up is written in the same transaction as the fact that causes
 * it, and PostgreSQL (not Redis) is the record of what is still owed. BullMQ only delivers it.
 */
@Entity({ name: 'followup' })
@Index('ix_followup_pending_due', ['state', 'dueAt'])
@Index('ix_followup_case', ['caseId'])
// One live follow-up per plan key in a case; cancelled rows stay as history.
@Index('uq_followup_case_key', ['caseId', 'key'], { unique: true, where: `state <> 'cancelled'` })
@Check('ck_followup_audience', `audience in ('advocate', 'supervisor', 'both')`)
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

  /** Identity across recomputations, e.g. 'extend.talk:<orderId>' (see planFollowups). */
  @Column({ type: 'text' })
  key!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  /** The day to act, which the task shows as its due date (a Virginia civil date). */
  @Column({ name: 'act_by', type: 'date' })
  actBy!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'rule_id', type: 'text', nullable: true })
  ruleId!: string | null;

  @Column({ type: 'text', nullable: true })
  citation!: string | null;

  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  @Column({ type: 'text', default: 'advocate' })
  audience!: FollowupAudience;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'text', default: 'pending' })
  state!: FollowupState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}

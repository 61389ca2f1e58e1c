import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import type { LawChangeDifference } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';
import { TaskEntity } from '@api/followups/task.entity';

export type LawChangeReviewStatus = 'pending' | 'changed' | 'unchanged';

/**
 * One case reviewed under one rule set: the unit of the law-change sweep's exactly-once. Pending
 * until the case is recomputed; then `changed`, with the old and new dates and the review task, or
 * `unchanged`.
 */
@Entity({ name: 'law_change_review' })
@Unique('uq_law_change_review_case_set', ['caseId', 'rulesSet'])
@Index('ix_law_change_review_org_status', ['organisationId', 'status'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_law_change_review_case',
  onDelete: 'CASCADE',
})
@ForeignKey(() => TaskEntity, ['taskId'], ['id'], {
  name: 'fk_law_change_review_task',
  onDelete: 'SET NULL',
})
@Check('ck_law_change_review_status', `status in ('pending', 'changed', 'unchanged')`)
@Check('ck_law_change_review_reviewed', `(status = 'pending') = (reviewed_at is null)`)
export class LawChangeReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_law_change_review' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'rules_set', type: 'text' })
  rulesSet!: string;

  @Column({ name: 'previous_rules_set', type: 'text', nullable: true })
  previousRulesSet!: string | null;

  @Column({ type: 'text', default: 'pending' })
  status!: LawChangeReviewStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes!: LawChangeDifference[];

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;
}

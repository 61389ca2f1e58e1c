import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import type { TaskStatus } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';
import { FollowupEntity } from './followup.entity';
import { UserEntity } from '@api/users/user.entity';

@Entity({ name: 'task' })
// Exactly-once lives here: a follow-up delivered twice inserts one task per assignee slot
// ('advocate' or 'supervisor:<user id>') and version (ON CONFLICT DO NOTHING).
@Index('uq_task_followup_slot', ['followupId', 'followupVersion', 'assigneeSlot'], { unique: true })
@Index('ix_task_org_due', ['organisationId', 'status', 'dueOn'])
// The inbox: the caller's own open tasks in due order (issue 18).
@Index('ix_task_org_assignee_due', ['organisationId', 'assigneeId', 'status', 'dueOn'])
@Index('ix_task_case', ['caseId'])
@ForeignKey(() => UserEntity, ['completedBy'], ['id'], {
  name: 'fk_task_completed_by',
  onDelete: 'SET NULL',
})
@Check('ck_task_status', `status in ('open', 'done', 'cancelled')`)
@Check('ck_task_completion', `(status = 'done') = (completed_at is not null)`)
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_task' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  // Keyed on (case, organisation) like every child of a case, so it cannot point across tenants.
  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'case_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_task_case' },
    { name: 'organisation_id', referencedColumnName: 'organisationId' },
  ])
  case?: CaseEntity;

  @Column({ name: 'followup_id', type: 'uuid', nullable: true })
  followupId!: string | null;

  @ManyToOne(() => FollowupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'followup_id', foreignKeyConstraintName: 'fk_task_followup' })
  followup?: FollowupEntity | null;

  @Column({ name: 'followup_version', type: 'integer', nullable: true })
  followupVersion!: number | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'fk_task_assignee' })
  assignee?: UserEntity | null;

  /** Who the follow-up meant this task for: 'advocate' or 'supervisor:<user id>'. */
  @Column({ name: 'assignee_slot', type: 'text', default: 'advocate' })
  assigneeSlot!: string;

  @Column({ name: 'source_rule', type: 'text', nullable: true })
  sourceRule!: string | null;

  @Column({ name: 'source_citation', type: 'text', nullable: true })
  sourceCitation!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: TaskStatus;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy!: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

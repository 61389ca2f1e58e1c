import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

import type { DeadlineConfidence, StatedCheck } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';

/** A deadline as @haven/rules computed it, with everything a person needs to check it. */
@Entity({ name: 'case_deadline' })
@Unique('uq_case_deadline_key', ['caseId', 'deadlineKey'])
@Index('ix_case_deadline_org_due', ['organisationId', 'dueOn'])
@Index('ix_case_deadline_order', ['orderId'])
// An advocate's calendar: each of their cases' deadlines in a range (issue 18).
@Index('ix_case_deadline_case_due', ['caseId', 'dueOn'])
// The board's and at-risk list's starting rows: open deadlines by due date (issue 18).
@Index('ix_case_deadline_org_open_due', ['organisationId', 'dueOn'], { where: `state = 'open'` })
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_case_deadline_case',
  onDelete: 'CASCADE',
})
@Check(
  'ck_case_deadline_confidence',
  `confidence in ('source_explicit', 'interpretation', 'advisory')`,
)
@Check('ck_case_deadline_stated_check', `stated_check in ('matches', 'earlier', 'exceeds_maximum')`)
@Check('ck_case_deadline_act_by', `act_by_on is null or act_by_on <= due_on`)
export class CaseDeadlineEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_deadline' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** Stable identity across recomputations: rule id plus the order or hearing it is about. */
  @Column({ name: 'deadline_key', type: 'text' })
  deadlineKey!: string;

  @Column({ name: 'rule_id', type: 'text' })
  ruleId!: string;

  @Column({ name: 'rule_version', type: 'text' })
  ruleVersion!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'hearing_id', type: 'uuid', nullable: true })
  hearingId!: string | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'due_time', type: 'time', nullable: true })
  dueTime!: string | null;

  @Column({ name: 'act_by_on', type: 'date', nullable: true })
  actByOn!: string | null;

  @Column({ type: 'text' })
  citation!: string;

  @Column({ type: 'text' })
  explanation!: string;

  @Column({ type: 'text' })
  confidence!: DeadlineConfidence;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  assumptions!: string[];

  @Column({ name: 'stated_check', type: 'text', nullable: true })
  statedCheck!: StatedCheck | null;

  @Column({ type: 'text', default: 'open' })
  state!: string;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}

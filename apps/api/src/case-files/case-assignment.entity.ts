import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { UserEntity } from '@api/users/user.entity';

import { CaseEntity } from './case.entity';

/** An advocate assigned to a case; a case may have several. */
@Entity({ name: 'case_assignment' })
@Index('ix_case_assignment_user', ['userId'])
// An advocate's caseload starts from the advocate's assignments (issue 18).
@Index('ix_case_assignment_org_user', ['organisationId', 'userId', 'caseId'])
// An advocate's caseload in its two orders, as a keyset on the copied sort keys (migration
// 1795690000000) with the search text included (1795690000001): INCLUDE columns, which a TypeORM
// index cannot name.
@Index('ix_case_assignment_caseload_created', { synchronize: false })
@Index('ix_case_assignment_caseload_next_due', { synchronize: false })
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_case_assignment_case',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['assignedBy'], ['id'], {
  name: 'fk_case_assignment_assigned_by',
  onDelete: 'SET NULL',
})
export class CaseAssignmentEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'pk_case_assignment' })
  caseId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_case_assignment' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_case_assignment_user' })
  user?: UserEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' })
  assignedAt!: Date;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy!: string | null;

  /** The case's created_at, copied by a trigger so the caseload can page on this table alone. */
  @Column({ name: 'case_created_at', type: 'timestamptz' })
  caseCreatedAt!: Date;

  /**
   * The case's next_due_on, or 9999-12-31 when nothing is due (the next-deadline sort key), kept
   * by triggers in the writer's transaction. A plain column: an expression over it could not be
   * an index condition under row-level security (COALESCE is not leakproof).
   */
  @Column({ name: 'case_next_due_key', type: 'date' })
  caseNextDueKey!: string;

  /** The case's search text, kept equal to it by triggers, for the advocate's caseload search. */
  @Column({ name: 'case_search_text', type: 'text', default: '', select: false })
  caseSearchText!: string;
}

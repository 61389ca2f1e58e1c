import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { UserEntity } from '@api/users/user.entity';

import { CaseEntity } from './case.entity';

/** An advocate assigned to a case; a case may have several. */
@Entity({ name: 'case_assignment' })
@Index('ix_case_assignment_user', ['userId'])
// An advocate's caseload starts from the advocate's assignments (issue 18).
@Index('ix_case_assignment_org_user', ['organisationId', 'userId', 'caseId'])
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
}

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
import { UserEntity } from '@api/users/user.entity';

/**
 * R26a: the respondent changed residence on `movedOn`. The new address is the respondent's and is
 * as confidential as every respondent address: sealed, never selected by default, never returned.
 */
@Entity({ name: 'respondent_move' })
@Index('ix_respondent_move_case', ['caseId'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_respondent_move_case',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['createdBy'], ['id'], {
  name: 'fk_respondent_move_created_by',
  onDelete: 'SET NULL',
})
@Check('ck_respondent_move_notice', `notice_received_on is null or notice_received_on >= moved_on`)
@Check('ck_respondent_move_encrypted', `new_address_enc is null or new_address_enc like 'v1:%'`)
export class RespondentMoveEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_respondent_move' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'moved_on', type: 'date' })
  movedOn!: string;

  @Column({ name: 'notice_received_on', type: 'date', nullable: true })
  noticeReceivedOn!: string | null;

  @Column({ name: 'new_address_enc', type: 'text', nullable: true, select: false })
  newAddressEnc!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

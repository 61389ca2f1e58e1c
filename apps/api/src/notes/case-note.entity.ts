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

@Entity({ name: 'case_note' })
@Index('ix_case_note_case', ['caseId', 'createdAt'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_case_note_case',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['authorId'], ['id'], {
  name: 'fk_case_note_author',
  onDelete: 'SET NULL',
})
@Check('ck_case_note_encrypted', `body_enc like 'v1:%'`)
export class CaseNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_note' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ name: 'body_enc', type: 'text', select: false })
  bodyEnc!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

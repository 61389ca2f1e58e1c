import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

import type { DocumentFormat, DocumentKind, LetterLanguage, TemplateKey } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';
import { UserEntity } from '@api/users/user.entity';

/** A generated document the advocate filed on the case, stored sealed like a note. */
@Entity({ name: 'case_document' })
@Index('ix_case_document_case', ['caseId', 'createdAt'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_case_document_case',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['createdBy'], ['id'], {
  name: 'fk_case_document_created_by',
  onDelete: 'SET NULL',
})
@Check('ck_case_document_kind', `kind in ('extension_motion', 'medical_notice', 'client_letter')`)
@Check('ck_case_document_format', `format in ('docx', 'pdf')`)
@Check('ck_case_document_language', `language is null or language in ('en', 'es')`)
@Check('ck_case_document_template_version', `template_version >= 0`)
@Check('ck_case_document_encrypted', `content_enc like 'v1:%'`)
export class CaseDocumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_document' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  kind!: DocumentKind;

  @Column({ name: 'template_key', type: 'text' })
  templateKey!: TemplateKey;

  @Column({ name: 'template_version', type: 'integer' })
  templateVersion!: number;

  @Column({ type: 'text', nullable: true })
  language!: LetterLanguage | null;

  @Column({ type: 'text' })
  format!: DocumentFormat;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'content_enc', type: 'text', select: false })
  contentEnc!: string;

  @Column({ name: 'includes_confidential', type: 'boolean' })
  includesConfidential!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import type { TemplateKey } from '@haven/contracts';

import { OrganisationEntity } from '@api/users/organisation.entity';
import { UserEntity } from '@api/users/user.entity';

/** One accepted upload of an organisation's template; never changed, the highest version is used. */
@Entity({ name: 'document_template' })
@Unique('uq_document_template_version', ['organisationId', 'templateKey', 'version'])
@ForeignKey(() => OrganisationEntity, ['organisationId'], ['id'], {
  name: 'fk_document_template_organisation',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['uploadedBy'], ['id'], {
  name: 'fk_document_template_uploaded_by',
  onDelete: 'SET NULL',
})
@Check('ck_document_template_version', `version >= 1`)
export class DocumentTemplateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_document_template' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'template_key', type: 'text' })
  templateKey!: TemplateKey;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}

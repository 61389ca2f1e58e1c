import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

import { OrganisationEntity } from '@api/users/organisation.entity';

/**
 * The survivor. Contact fields are AES-256-GCM envelopes, never selected by default: only the
 * reveal path reads them (Va. Code § 19.2-152.8(H); 18 U.S.C. § 2265(d)(3)).
 */
@Entity({ name: 'client' })
@Index('ix_client_org_name_key', ['organisationId', 'nameKey'])
@Index('ix_client_alias_keys', ['aliasKeys'], { type: 'gin' })
@Index('ix_client_org_phone_index', ['organisationId', 'phoneIndex'])
@Unique('uq_client_id_org', ['id', 'organisationId'])
@ForeignKey(() => OrganisationEntity, ['organisationId'], ['id'], {
  name: 'fk_client_organisation',
  onDelete: 'RESTRICT',
})
@Check('ck_client_name', `length(trim(full_name)) > 0`)
@Check(
  'ck_client_encrypted',
  `(address_enc is null or address_enc like 'v1:%') and
   (phone_enc is null or phone_enc like 'v1:%') and
   (email_enc is null or email_enc like 'v1:%') and
   (employer_enc is null or employer_enc like 'v1:%') and
   (safe_contact_enc is null or safe_contact_enc like 'v1:%')`,
)
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_client' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'name_key', type: 'text' })
  nameKey!: string;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Column({ name: 'alias_keys', type: 'text', array: true, default: () => "'{}'" })
  aliasKeys!: string[];

  @Column({ name: 'address_enc', type: 'text', nullable: true, select: false })
  addressEnc!: string | null;

  @Column({ name: 'phone_enc', type: 'text', nullable: true, select: false })
  phoneEnc!: string | null;

  @Column({ name: 'email_enc', type: 'text', nullable: true, select: false })
  emailEnc!: string | null;

  @Column({ name: 'employer_enc', type: 'text', nullable: true, select: false })
  employerEnc!: string | null;

  @Column({ name: 'safe_contact_enc', type: 'text', nullable: true, select: false })
  safeContactEnc!: string | null;

  @Column({ name: 'phone_index', type: 'text', nullable: true, select: false })
  phoneIndex!: string | null;

  @Column({ name: 'email_index', type: 'text', nullable: true, select: false })
  emailIndex!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

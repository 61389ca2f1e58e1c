import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * The survivor. Contact fields are AES-256-GCM envelopes, never selected by default: only the
 * reveal path reads them (Va. Code § 19.2-152.8(H); 18 U.S.C. § 2265(d)(3)).
 */
@Entity({ name: 'client' })
@Index('ix_client_org_name_key', ['organisationId', 'nameKey'])
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

import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'organisation' })
@Index('uq_organisation_slug', ['slug'], { unique: true })
@Check('ck_organisation_slug', `slug ~ '^[a-z0-9][a-z0-9-]*$'`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organisation' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  slug!: string;

  /** Require a second factor of every user, not only of admins and supervisors (B8). */
  @Column({ name: 'require_mfa_for_all', type: 'boolean', default: false })
  requireMfaForAll!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

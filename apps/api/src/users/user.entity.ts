import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import type { Role } from '@haven/contracts';

import { OrganisationEntity } from './organisation.entity';

@Entity({ name: 'app_user' })
@Index('uq_app_user_email', ['email'], { unique: true })
@Index('ix_app_user_organisation', ['organisationId'])
@Check('ck_app_user_role', `role in ('advocate', 'supervisor', 'staff', 'admin')`)
@Check('ck_app_user_email_lower', `email = lower(email)`)
@Check('ck_app_user_password_argon2id', `password_hash like '$argon2id$%'`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_app_user' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_app_user_organisation' })
  organisation?: OrganisationEntity;

  /** Stored lower-cased; the login compares lower-cased input. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

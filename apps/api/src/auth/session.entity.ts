import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { UserEntity } from '@api/users/user.entity';

/**
 * A server-side session. Only the SHA-256 of the cookie token is stored, so a database read does
 * not yield a usable session; revoking a row ends the session on its very next request.
 */
@Entity({ name: 'user_session' })
@Index('uq_user_session_token_hash', ['tokenHash'], { unique: true })
@Index('ix_user_session_user', ['userId'])
@Check('ck_user_session_expiry', `expires_at > created_at`)
@Check('ck_user_session_stage', `stage in ('mfa_code', 'mfa_enrolment', 'complete')`)
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_user_session' })
  id!: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_session_user' })
  user?: UserEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent!: string | null;

  /**
   * How far sign-in got: a session waiting for its TOTP code or for the enrolment its role
   * requires may reach only the routes that finish the sign-in (security-checks B8).
   */
  @Column({ type: 'text', default: 'complete' })
  stage!: SessionStage;

  /** When the user last proved a factor in this session (sign-in or step-up, B9). */
  @Column({ name: 'reauthenticated_at', type: 'timestamptz', nullable: true })
  reauthenticatedAt!: Date | null;
}

export type SessionStage = 'mfa_code' | 'mfa_enrolment' | 'complete';

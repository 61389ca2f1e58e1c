import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'account_locked'
  | 'account_unlocked'
  | 'mfa_enrolled'
  | 'mfa_reset'
  | 'session_revoked'
  | 'calendar_feed_created'
  | 'calendar_feed_revoked'
  | 'password_changed'
  | 'step_up'
  | 'mfa_policy_changed'
  | 'case_created'
  | 'access_denied'
  | 'reveal'
  | 'conflict_override'
  | 'case_reassigned'
  | 'deletion'
  | 'stated_expiry_override'
  | 'task_completed'
  | 'task_reassigned'
  | 'court_closure_created'
  | 'court_closure_deleted'
  | 'user_created'
  | 'user_updated'
  | 'followup_settings_changed'
  | 'case_closed'
  | 'case_reopened'
  | 'case_fact_corrected'
  | 'confidential_corrected'
  | 'court_created'
  | 'court_updated'
  | 'court_locality_updated'
  | 'report_run'
  | 'report_drilldown'
  | 'report_settings_changed'
  | 'funding_source_saved'
  | 'intake_declined'
  | 'key_rotation'
  | 'purge'
  | 'legal_hold_placed'
  | 'legal_hold_removed'
  | 'retention_settings_changed'
  | 'export'
  | 'breach_scope'
  | 'safe_contact_changed'
  | 'document_generated'
  | 'letter_refused'
  | 'template_uploaded';

/** Small, non-confidential facts about an audited action (ids, counts, codes). */
export type AuditDetails = Record<string, string | number | boolean | null | string[]>;

/**
 * Append-only: a database trigger rejects UPDATE and DELETE. Holds who, what, when and from where,
 * never a confidential value.
 */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  /** The row's place in the hash chain: the insert trigger replaces the identity value with it. */
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'pk_audit_event',
  })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  route!: string | null;

  /** Why the actor did it (a reveal's or an override's stated reason); never a confidential value. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: AuditDetails;

  @Column({ name: 'prev_hash', type: 'text', nullable: true, insert: false, update: false })
  prevHash!: string | null;

  @Column({ type: 'text', nullable: true, insert: false, update: false })
  hash!: string | null;
}

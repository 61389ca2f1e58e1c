import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17 (security-checks B2, B3, B8, B9): a session's sign-in stage and when its user last
 * proved a factor (step-up); TOTP enrolments and recovery codes; sign-in failure counters kept in
 * PostgreSQL so every API process sees them and a restart forgets none; an organisation's choice to
 * require a second factor of everyone.
 *
 * The account tables are read at sign-in, before any organisation is known, so like app_user and
 * user_session they are not under row-level security; the TOTP secret is sealed with the field
 * cipher (AES-256-GCM, its key outside the database) and recovery codes are stored hashed.
 */
export class AddAccountSecurity1795520000000 implements MigrationInterface {
  name = 'AddAccountSecurity1795520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table user_session
        add column stage text not null default 'complete',
        add column reauthenticated_at timestamptz,
        add constraint ck_user_session_stage check (stage in ('mfa_code', 'mfa_enrolment', 'complete'))`);
    await q.query(
      `alter table organisation add column require_mfa_for_all boolean not null default false`,
    );
    await q.query(`
      create table user_mfa (
        user_id uuid not null,
        organisation_id uuid not null,
        secret_sealed text not null,
        confirmed_at timestamptz,
        last_used_step bigint,
        created_at timestamptz not null,
        constraint pk_user_mfa primary key (user_id),
        constraint fk_user_mfa_user foreign key (user_id) references app_user (id) on delete cascade,
        constraint fk_user_mfa_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade
      )`);
    await q.query(`
      create table user_recovery_code (
        id uuid not null default gen_random_uuid(),
        user_id uuid not null,
        organisation_id uuid not null,
        code_hash text not null,
        used_at timestamptz,
        constraint pk_user_recovery_code primary key (id),
        constraint fk_user_recovery_code_user foreign key (user_id)
          references app_user (id) on delete cascade,
        constraint uq_user_recovery_code_hash unique (user_id, code_hash)
      )`);
    // One row per throttled key: 'account:<sha256 of the e-mail>' (known or unknown alike, so the
    // answers cannot tell them apart), 'address:<ip>', 'mfa:<user id>'.
    await q.query(`
      create table sign_in_throttle (
        key text not null,
        failures integer not null default 0,
        window_started_at timestamptz not null,
        last_failure_at timestamptz,
        locked_until timestamptz,
        lock_count integer not null default 0,
        constraint pk_sign_in_throttle primary key (key),
        constraint ck_sign_in_throttle_failures check (failures >= 0)
      )`);
    await q.query(`grant select, insert, update, delete on user_mfa to haven_app`);
    await q.query(`grant select, insert, update, delete on user_recovery_code to haven_app`);
    await q.query(`grant select, insert, update, delete on sign_in_throttle to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table sign_in_throttle`);
    await q.query(`drop table user_recovery_code`);
    await q.query(`drop table user_mfa`);
    await q.query(`alter table organisation drop column require_mfa_for_all`);
    await q.query(`
      alter table user_session
        drop constraint ck_user_session_stage,
        drop column reauthenticated_at,
        drop column stage`);
  }
}

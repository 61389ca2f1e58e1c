import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browsers that have signed in to an account (security-checks B3, "throttling without malicious
 * lockout"). The account-wide lock let anyone who knew an advocate's e-mail keep her out by typing
 * wrong passwords; a browser she has signed in from carries a device cookie whose sign-ins are
 * throttled on their own key, so the account's lock does not stop them. Only the token's hash is
 * kept. Read at sign-in, before any organisation is known, so no row-level policy (like the
 * throttle's own table); the rows go with their user.
 */
export class CreateSignInDevices1795770000000 implements MigrationInterface {
  name = 'CreateSignInDevices1795770000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table sign_in_device (
        token_hash text not null,
        user_id uuid not null,
        created_at timestamptz not null,
        last_used_at timestamptz not null,
        constraint pk_sign_in_device primary key (token_hash),
        constraint fk_sign_in_device_user foreign key (user_id)
          references app_user (id) on delete cascade,
        constraint ck_sign_in_device_token_hash check (token_hash ~ '^[0-9a-f]{64}$'),
        constraint ck_sign_in_device_used check (last_used_at >= created_at)
      )`);
    await q.query(`create index ix_sign_in_device_user on sign_in_device (user_id, last_used_at)`);
    await q.query(`grant select, insert, update, delete on sign_in_device to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table sign_in_device`);
  }
}

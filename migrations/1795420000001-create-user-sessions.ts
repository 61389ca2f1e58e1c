import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUserSessions1795420000001 implements MigrationInterface {
  name = 'CreateUserSessions1795420000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table user_session (
        id uuid not null default gen_random_uuid(),
        token_hash text not null,
        user_id uuid not null,
        organisation_id uuid not null,
        created_at timestamptz not null,
        last_seen_at timestamptz not null,
        expires_at timestamptz not null,
        revoked_at timestamptz,
        revoked_reason text,
        ip text,
        user_agent text,
        constraint pk_user_session primary key (id),
        constraint fk_user_session_user foreign key (user_id) references app_user (id) on delete cascade,
        constraint ck_user_session_expiry check (expires_at > created_at)
      )`);
    await q.query(`create unique index uq_user_session_token_hash on user_session (token_hash)`);
    await q.query(`create index ix_user_session_user on user_session (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table user_session`);
  }
}

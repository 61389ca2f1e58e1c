import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user's secret calendar feed (security-checks E4). Only the SHA-256 of the token is stored.
 * Row-level security keeps the feeds to their organisation like every tenant table; a feed request
 * carries no session, so its one lookup before any organisation is known goes through a
 * SECURITY DEFINER function that answers for a hash the caller already holds, and nothing else.
 */
export class CreateCalendarFeeds1795550000000 implements MigrationInterface {
  name = 'CreateCalendarFeeds1795550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table calendar_feed (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        user_id uuid not null,
        token_hash text not null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz null,
        revoked_at timestamptz null,
        constraint pk_calendar_feed primary key (id),
        constraint fk_calendar_feed_organisation foreign key (organisation_id)
          references organisation (id) on delete restrict,
        constraint fk_calendar_feed_user foreign key (user_id) references app_user (id) on delete cascade,
        constraint ck_calendar_feed_token_hash check (token_hash ~ '^[0-9a-f]{64}$')
      )`);
    await q.query(`create unique index uq_calendar_feed_token_hash on calendar_feed (token_hash)`);
    await q.query(`create index ix_calendar_feed_user on calendar_feed (user_id)`);
    await q.query(`alter table calendar_feed enable row level security`);
    await q.query(`
      create policy tenant_isolation on calendar_feed
        using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
        with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
    await q.query(`grant select, insert, update on calendar_feed to haven_app`);
    await q.query(`
      create function calendar_feed_by_token_hash(hash text)
        returns table (feed_id uuid, user_id uuid, organisation_id uuid, revoked boolean)
        language sql stable security definer set search_path = public, pg_temp
        as $$ select id, user_id, organisation_id, revoked_at is not null
                from calendar_feed where token_hash = hash $$`);
    await q.query(`revoke all on function calendar_feed_by_token_hash(text) from public`);
    await q.query(`grant execute on function calendar_feed_by_token_hash(text) to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop function calendar_feed_by_token_hash(text)`);
    await q.query(`drop table calendar_feed`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, R26a (rules-spec §1.12, 2024 Acts ch. 594): the case records that the respondent moved
 * (the date drives the 7-day notice deadline), when the court received the notice if known, and
 * the new address only sealed (it is the respondent's, as confidential as every respondent
 * address). Same row-level security as every tenant table (migration 1795430000011).
 */
export class CreateRespondentMoves1795510000001 implements MigrationInterface {
  name = 'CreateRespondentMoves1795510000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table respondent_move (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        moved_on date not null,
        notice_received_on date null,
        new_address_enc text null,
        created_by uuid null,
        created_at timestamptz not null default now(),
        constraint pk_respondent_move primary key (id),
        constraint fk_respondent_move_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_respondent_move_created_by foreign key (created_by)
          references app_user (id) on delete set null,
        constraint ck_respondent_move_notice check (notice_received_on is null or notice_received_on >= moved_on),
        constraint ck_respondent_move_encrypted check (new_address_enc is null or new_address_enc like 'v1:%')
      )`);
    await q.query(`create index ix_respondent_move_case on respondent_move (case_id)`);
    await q.query(`alter table respondent_move enable row level security`);
    await q.query(`
      create policy tenant_isolation on respondent_move
        using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
        with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
    await q.query(`grant select, insert, update, delete on respondent_move to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table respondent_move`);
  }
}

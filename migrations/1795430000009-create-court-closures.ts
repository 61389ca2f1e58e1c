import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closures the rules library's calendar cannot derive (Governor's days, clerk's office closures),
 * entered by an admin with their authority (rules-spec §2.1). `court_ids` null means statewide.
 */
export class CreateCourtClosures1795430000009 implements MigrationInterface {
  name = 'CreateCourtClosures1795430000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table court_closure (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        closed_on date not null,
        court_ids text[],
        all_day boolean not null default true,
        kind text not null,
        name text not null,
        authority text not null,
        created_by uuid,
        created_at timestamptz not null default now(),
        constraint pk_court_closure primary key (id),
        constraint fk_court_closure_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade,
        constraint fk_court_closure_created_by foreign key (created_by) references app_user (id) on delete set null,
        constraint ck_court_closure_kind check (kind in ('governor_or_president_day', 'clerk_closure', 'court_closure')),
        constraint ck_court_closure_authority check (length(trim(authority)) > 0),
        constraint ck_court_closure_courts check (court_ids is null or cardinality(court_ids) > 0)
      )`);
    await q.query(
      `create index ix_court_closure_org_date on court_closure (organisation_id, closed_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table court_closure`);
  }
}

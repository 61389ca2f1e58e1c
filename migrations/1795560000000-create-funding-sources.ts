import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_POLICY = `
  using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
  with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`;

/**
 * Issue 15: an organisation's funding sources (grants), and which of them paid for a case's work
 * and when. LSC's Technology Baselines ask a case system to "assign appropriate funding sources to
 * cases and activity records": a service is counted under each funder that paid for it, and only
 * under those. Same row-level security as every tenant table (migration 1795430000011).
 */
export class CreateFundingSources1795560000000 implements MigrationInterface {
  name = 'CreateFundingSources1795560000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table funding_source (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        name text not null,
        funder text not null,
        grant_number text,
        starts_on date not null,
        ends_on date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint pk_funding_source primary key (id),
        constraint uq_funding_source_id_org unique (id, organisation_id),
        constraint fk_funding_source_organisation foreign key (organisation_id)
          references organisation (id) on delete restrict,
        constraint ck_funding_source_funder check (funder in ('LSC', 'OVW', 'VOCA', 'VA_DCJS', 'OTHER')),
        constraint ck_funding_source_name check (length(trim(name)) > 0),
        constraint ck_funding_source_dates check (ends_on is null or ends_on >= starts_on)
      )`);
    await q.query(
      `create unique index uq_funding_source_org_name on funding_source (organisation_id, name)`,
    );
    await q.query(`
      create table case_funding (
        case_id uuid not null,
        funding_source_id uuid not null,
        organisation_id uuid not null,
        starts_on date not null,
        ends_on date,
        constraint pk_case_funding primary key (case_id, funding_source_id),
        constraint fk_case_funding_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_case_funding_source foreign key (funding_source_id, organisation_id)
          references funding_source (id, organisation_id) on delete restrict,
        constraint ck_case_funding_dates check (ends_on is null or ends_on >= starts_on)
      )`);
    await q.query(`create index ix_case_funding_source on case_funding (funding_source_id)`);
    for (const table of ['funding_source', 'case_funding']) {
      await q.query(`alter table ${table} enable row level security`);
      await q.query(`create policy tenant_isolation on ${table} ${TENANT_POLICY}`);
      await q.query(`grant select, insert, update, delete on ${table} to haven_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table case_funding`);
    await q.query(`drop table funding_source`);
  }
}

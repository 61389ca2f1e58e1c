import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['retention_setting', 'case_legal_hold', 'case_purge'];

/**
 * Retention (security-checks D6): each organisation's period after closing (default five years,
 * LSC's), the legal holds that stop a purge, and one row per purged case, which makes the purge
 * exactly-once per case (its primary key) and keeps what the funder reports count. Tenant tables
 * under row-level security like the others; the application may read purges but only the worker
 * (schema owner) writes them.
 */
export class CreateRetention1795530000001 implements MigrationInterface {
  name = 'CreateRetention1795530000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table retention_setting (
        organisation_id uuid not null,
        retention_years integer not null,
        funder_minimum_years integer not null,
        updated_by uuid,
        updated_at timestamptz not null,
        constraint pk_retention_setting primary key (organisation_id),
        constraint fk_retention_setting_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade,
        constraint fk_retention_setting_user foreign key (updated_by)
          references app_user (id) on delete set null,
        constraint ck_retention_setting_minimum check (funder_minimum_years between 3 and 100),
        constraint ck_retention_setting_years check (retention_years between funder_minimum_years and 100)
      )`);
    await q.query(`
      create table case_legal_hold (
        case_id uuid not null,
        organisation_id uuid not null,
        placed_by uuid,
        placed_at timestamptz not null,
        reason text not null,
        constraint pk_case_legal_hold primary key (case_id),
        constraint fk_case_legal_hold_case foreign key (case_id)
          references case_file (id) on delete cascade,
        constraint fk_case_legal_hold_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade,
        constraint fk_case_legal_hold_user foreign key (placed_by)
          references app_user (id) on delete set null
      )`);
    await q.query(`
      create table case_purge (
        case_id uuid not null,
        organisation_id uuid not null,
        purged_at timestamptz not null,
        closed_on date not null,
        retention_years integer not null,
        notes_deleted integer not null,
        constraint pk_case_purge primary key (case_id),
        constraint fk_case_purge_case foreign key (case_id)
          references case_file (id) on delete cascade,
        constraint fk_case_purge_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade
      )`);
    await q.query(`create index ix_case_purge_org on case_purge (organisation_id, purged_at)`);
    for (const table of TABLES) {
      await q.query(`alter table ${table} enable row level security`);
      await q.query(`
        create policy tenant_isolation on ${table}
          using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
          with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
    }
    await q.query(`grant select, insert, update on retention_setting to haven_app`);
    await q.query(`grant select, insert, delete on case_legal_hold to haven_app`);
    await q.query(`grant select on case_purge to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await q.query(`revoke all on ${table} from haven_app`);
      await q.query(`drop table ${table}`);
    }
  }
}

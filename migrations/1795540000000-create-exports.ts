import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports (issue 16): one row per requested export, kept after its file expires so the audit
 * trail and breach scoping (security-checks F3) can still answer who took what; and, for an
 * export that carried confidential columns, one row per case it carried. Same row-level security
 * as every tenant table (migration 1795430000011).
 */
export class CreateExports1795540000000 implements MigrationInterface {
  name = 'CreateExports1795540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table export_file (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        user_id uuid not null,
        kind text not null,
        format text not null,
        filters jsonb not null default '{}',
        for_excel boolean not null default false,
        include_confidential boolean not null default false,
        status text not null default 'queued',
        progress integer not null default 0,
        row_count integer,
        file_name text,
        byte_size bigint,
        failure text,
        request_id text,
        ip text,
        created_at timestamptz not null,
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz,
        constraint pk_export_file primary key (id),
        constraint uq_export_file_id_org unique (id, organisation_id),
        constraint uq_export_file_name unique (file_name),
        constraint fk_export_file_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade,
        constraint fk_export_file_user foreign key (user_id) references app_user (id) on delete cascade,
        constraint ck_export_file_kind check (kind in ('cases', 'deadlines', 'tasks', 'hearings',
          'violations', 'deadline_report')),
        constraint ck_export_file_format check (format in ('csv', 'xlsx', 'pdf')),
        constraint ck_export_file_status check (status in ('queued', 'running', 'done', 'failed', 'expired')),
        constraint ck_export_file_progress check (progress between 0 and 100),
        constraint ck_export_file_name check (file_name is null or file_name ~ '^[A-Za-z0-9_-]{20,}\\.(csv|xlsx|pdf)$'),
        constraint ck_export_file_done check (status <> 'done' or (row_count is not null and file_name is not null
          and finished_at is not null and expires_at is not null))
      )`);
    await q.query(
      `create index ix_export_file_user on export_file (organisation_id, user_id, created_at)`,
    );
    await q.query(
      `create index ix_export_file_expiry on export_file (expires_at) where status = 'done'`,
    );
    await q.query(`
      create table export_case (
        export_id uuid not null,
        organisation_id uuid not null,
        case_id uuid not null,
        client_id uuid not null,
        constraint pk_export_case primary key (export_id, case_id),
        constraint fk_export_case_export foreign key (export_id, organisation_id)
          references export_file (id, organisation_id) on delete cascade
      )`);
    await q.query(`create index ix_export_case_client on export_case (organisation_id, client_id)`);
    for (const table of ['export_file', 'export_case']) {
      await q.query(`alter table ${table} enable row level security`);
      await q.query(`
        create policy tenant_isolation on ${table}
          using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
          with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
    }
    await q.query(`grant select, insert, update on export_file to haven_app`);
    await q.query(`grant select, insert on export_case to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table export_case`);
    await q.query(`drop table export_file`);
  }
}

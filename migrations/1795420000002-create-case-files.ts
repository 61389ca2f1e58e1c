import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCaseFiles1795420000002 implements MigrationInterface {
  name = 'CreateCaseFiles1795420000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table case_file (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        reference text not null,
        client_name text not null,
        respondent_name text not null,
        stage text not null,
        order_kind text,
        assigned_advocate_id uuid,
        opened_on date not null,
        closed_on date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint pk_case_file primary key (id),
        constraint fk_case_file_organisation foreign key (organisation_id)
          references organisation (id) on delete restrict,
        constraint fk_case_file_advocate foreign key (assigned_advocate_id)
          references app_user (id) on delete set null,
        constraint ck_case_file_stage check (stage in ('intake', 'petition_filed', 'awaiting_service',
          'hearing_scheduled', 'order_in_effect', 'extension_pending', 'closed')),
        constraint ck_case_file_order_kind check (order_kind in ('FA_EPO', 'FA_PPO', 'FA_PO',
          'AOV_EPO', 'AOV_PPO', 'AOV_PO', 'ESRO', 'FSRO', 'OOS')),
        constraint ck_case_file_closed_after_opened check (closed_on is null or closed_on >= opened_on)
      )`);
    await q.query(
      `create unique index uq_case_file_org_reference on case_file (organisation_id, reference)`,
    );
    await q.query(
      `create index ix_case_file_org_created on case_file (organisation_id, created_at, id)`,
    );
    await q.query(`create index ix_case_file_advocate on case_file (assigned_advocate_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table case_file`);
  }
}

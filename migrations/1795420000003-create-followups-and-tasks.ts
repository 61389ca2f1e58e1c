import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFollowupsAndTasks1795420000003 implements MigrationInterface {
  name = 'CreateFollowupsAndTasks1795420000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table followup (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        kind text not null,
        due_at timestamptz not null,
        version integer not null default 1,
        state text not null default 'pending',
        created_at timestamptz not null default now(),
        delivered_at timestamptz,
        constraint pk_followup primary key (id),
        constraint fk_followup_case foreign key (case_id) references case_file (id) on delete cascade,
        constraint ck_followup_state check (state in ('pending', 'delivered', 'cancelled')),
        constraint ck_followup_version check (version >= 1)
      )`);
    await q.query(`create index ix_followup_pending_due on followup (state, due_at)`);
    await q.query(`
      create table task (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        followup_id uuid,
        followup_version integer,
        title text not null,
        due_on date not null,
        assignee_id uuid,
        source_rule text,
        status text not null default 'open',
        created_at timestamptz not null default now(),
        constraint pk_task primary key (id),
        constraint fk_task_case foreign key (case_id) references case_file (id) on delete cascade,
        constraint fk_task_followup foreign key (followup_id) references followup (id) on delete set null,
        constraint fk_task_assignee foreign key (assignee_id) references app_user (id) on delete set null,
        constraint ck_task_status check (status in ('open', 'done', 'cancelled'))
      )`);
    await q.query(
      `create unique index uq_task_followup_version on task (followup_id, followup_version)`,
    );
    await q.query(`create index ix_task_org_due on task (organisation_id, status, due_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table task`);
    await q.query(`drop table followup`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, law-change impact. `rules_deployment`: per organisation, the rule set (a RULE_SETS
 * label of @haven/rules) its cases were last swept under; a worker that brings a newer set compares
 * with it. `law_change_review`: one row per case and rule set, the unit of the sweep's exactly-once
 * (uq_law_change_review_case_set): pending until the case is recomputed, then `changed` (with the
 * old and new dates, and the review task) or `unchanged`. Existing organisations start on the
 * guide's set '2026.1', so the first worker with the amended rules reviews their open cases.
 */
export class CreateLawChangeReviews1795510000003 implements MigrationInterface {
  name = 'CreateLawChangeReviews1795510000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table rules_deployment (
        organisation_id uuid not null,
        rules_set text not null,
        updated_at timestamptz not null default now(),
        constraint pk_rules_deployment primary key (organisation_id),
        constraint fk_rules_deployment_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade
      )`);
    await q.query(`
      create table law_change_review (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        rules_set text not null,
        previous_rules_set text null,
        status text not null default 'pending',
        changes jsonb not null default '[]',
        task_id uuid null,
        created_at timestamptz not null default now(),
        reviewed_at timestamptz null,
        constraint pk_law_change_review primary key (id),
        constraint uq_law_change_review_case_set unique (case_id, rules_set),
        constraint fk_law_change_review_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_law_change_review_task foreign key (task_id)
          references task (id) on delete set null,
        constraint ck_law_change_review_status check (status in ('pending', 'changed', 'unchanged')),
        constraint ck_law_change_review_reviewed check ((status = 'pending') = (reviewed_at is null))
      )`);
    await q.query(
      `create index ix_law_change_review_org_status on law_change_review (organisation_id, status)`,
    );
    for (const table of ['rules_deployment', 'law_change_review']) {
      await q.query(`alter table ${table} enable row level security`);
      await q.query(`
        create policy tenant_isolation on ${table}
          using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
          with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
      await q.query(`grant select, insert, update on ${table} to haven_app`);
    }
    await q.query(
      `insert into rules_deployment (organisation_id, rules_set) select id, '2026.1' from organisation`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table law_change_review`);
    await q.query(`drop table rules_deployment`);
  }
}

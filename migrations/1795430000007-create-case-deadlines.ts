import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadlines computed by @haven/rules, stored with their rule id, citation and explanation so every
 * view shows the same checkable text. Replaced in the same transaction as any fact they depend on.
 */
export class CreateCaseDeadlines1795430000007 implements MigrationInterface {
  name = 'CreateCaseDeadlines1795430000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table case_deadline (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        deadline_key text not null,
        rule_id text not null,
        rule_version text not null,
        kind text not null,
        order_id uuid,
        hearing_id uuid,
        due_on date not null,
        due_time time,
        act_by_on date,
        citation text not null,
        explanation text not null,
        confidence text not null,
        assumptions text[] not null default '{}',
        stated_check text,
        state text not null default 'open',
        computed_at timestamptz not null,
        constraint pk_case_deadline primary key (id),
        constraint uq_case_deadline_key unique (case_id, deadline_key),
        constraint fk_case_deadline_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint ck_case_deadline_confidence check (confidence in ('source_explicit', 'interpretation', 'advisory')),
        constraint ck_case_deadline_stated_check check (stated_check in ('matches', 'earlier', 'exceeds_maximum')),
        constraint ck_case_deadline_act_by check (act_by_on is null or act_by_on <= due_on)
      )`);
    await q.query(
      `create index ix_case_deadline_org_due on case_deadline (organisation_id, due_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table case_deadline`);
  }
}

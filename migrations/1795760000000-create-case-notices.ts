import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rules library's notices (attorney-review flags, warnings, tasks such as "only the issuing
 * state can extend this order") were computed on every recompute and then dropped: no screen
 * showed them. They are stored with the deadlines, by the same recompute, and the case page reads
 * them in the statement that reads the case. Existing cases get theirs at their next recompute.
 */
export class CreateCaseNotices1795760000000 implements MigrationInterface {
  name = 'CreateCaseNotices1795760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table case_notice (
        case_id uuid not null,
        position integer not null,
        organisation_id uuid not null,
        kind text not null,
        rule_id text not null,
        rule_version text not null,
        text text not null,
        citation text not null,
        assumptions text[] not null default '{}',
        order_id uuid null,
        hearing_id uuid null,
        violation_id uuid null,
        computed_at timestamptz not null,
        constraint pk_case_notice primary key (case_id, position),
        constraint fk_case_notice_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint ck_case_notice_kind check (kind in ('task', 'warning', 'attorney_review'))
      )`);
    await q.query(`alter table case_notice enable row level security`);
    await q.query(`
      create policy tenant_isolation on case_notice
        using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
        with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
    await q.query(`grant select, insert, update, delete on case_notice to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table case_notice`);
  }
}

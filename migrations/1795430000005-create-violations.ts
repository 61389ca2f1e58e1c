import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Violations of an order, with the rules library's potential classification stored beside them. */
export class CreateViolations1795430000005 implements MigrationInterface {
  name = 'CreateViolations1795430000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table violation (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        order_id uuid not null,
        occurred_on date not null,
        occurred_time time,
        acts text[] not null,
        based_on_violence boolean not null default false,
        police_report_number text,
        officer_name text,
        officer_badge text,
        actions_taken text[] not null default '{}',
        criminal_prosecution boolean not null default false,
        classification jsonb not null,
        narrative_enc text,
        created_at timestamptz not null default now(),
        constraint pk_violation primary key (id),
        constraint fk_violation_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_violation_order foreign key (order_id, organisation_id)
          references protective_order (id, organisation_id) on delete cascade,
        constraint ck_violation_acts check (cardinality(acts) > 0 and acts <@ array['entered_premises',
          'family_abuse', 'criminal_offense', 'contact', 'furtive_entry_present', 'furtive_entry_remained',
          'assault_battery_bodily_injury', 'stalking', 'knowingly_armed', 'other_provision']::text[]),
        constraint ck_violation_actions check (actions_taken <@ array['police_report', 'violation_petition',
          'contempt']::text[]),
        constraint ck_violation_narrative_encrypted check (narrative_enc is null or narrative_enc like 'v1:%')
      )`);
    await q.query(`create index ix_violation_case on violation (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table violation`);
  }
}

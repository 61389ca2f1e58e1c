import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every attempt to serve the respondent, successful or not; notes may hold addresses, so encrypted. */
export class CreateServiceAttempts1795430000004 implements MigrationInterface {
  name = 'CreateServiceAttempts1795430000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table service_attempt (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        order_id uuid not null,
        attempted_on date not null,
        attempted_time time,
        served_by text not null,
        method text not null,
        outcome text not null,
        notes_enc text,
        created_at timestamptz not null default now(),
        constraint pk_service_attempt primary key (id),
        constraint fk_service_attempt_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_service_attempt_order foreign key (order_id, organisation_id)
          references protective_order (id, organisation_id) on delete cascade,
        constraint ck_service_attempt_served_by check (served_by in ('sheriff', 'police', 'process_server', 'other')),
        constraint ck_service_attempt_method check (method in ('personal', 'substituted', 'posted', 'other')),
        constraint ck_service_attempt_outcome check (outcome in ('served', 'not_found', 'refused', 'other')),
        constraint ck_service_attempt_notes_encrypted check (notes_enc is null or notes_enc like 'v1:%')
      )`);
    await q.query(`create index ix_service_attempt_case on service_attempt (case_id)`);
    await q.query(`create index ix_service_attempt_order on service_attempt (order_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table service_attempt`);
  }
}

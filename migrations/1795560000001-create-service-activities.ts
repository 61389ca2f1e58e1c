import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_POLICY = `
  using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
  with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`;

/**
 * Issue 15: the service activity log of a case (OVW "times each service was provided", VOCA
 * services), each activity with the funding sources that paid for it.
 */
export class CreateServiceActivities1795560000001 implements MigrationInterface {
  name = 'CreateServiceActivities1795560000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table service_activity (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        kind text not null,
        performed_on date not null,
        minutes integer not null,
        performed_by uuid,
        created_at timestamptz not null default now(),
        constraint pk_service_activity primary key (id),
        constraint uq_service_activity_id_org unique (id, organisation_id),
        constraint fk_service_activity_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_service_activity_performed_by foreign key (performed_by)
          references app_user (id) on delete set null,
        constraint ck_service_activity_kind check (kind in ('advice', 'brief_service',
          'petition_drafted', 'hearing_accompaniment', 'representation_at_hearing', 'safety_planning',
          'information', 'referral', 'family_law_assistance', 'immigration_assistance',
          'emotional_support', 'other')),
        constraint ck_service_activity_minutes check (minutes between 0 and 1440)
      )`);
    await q.query(`create index ix_service_activity_case on service_activity (case_id)`);
    await q.query(
      `create index ix_service_activity_org_performed on service_activity (organisation_id, performed_on)`,
    );
    await q.query(`
      create table service_activity_funding (
        activity_id uuid not null,
        funding_source_id uuid not null,
        organisation_id uuid not null,
        constraint pk_service_activity_funding primary key (activity_id, funding_source_id),
        constraint fk_service_activity_funding_activity foreign key (activity_id, organisation_id)
          references service_activity (id, organisation_id) on delete cascade,
        constraint fk_service_activity_funding_source foreign key (funding_source_id, organisation_id)
          references funding_source (id, organisation_id) on delete restrict
      )`);
    await q.query(
      `create index ix_service_activity_funding_source on service_activity_funding (funding_source_id)`,
    );
    for (const table of ['service_activity', 'service_activity_funding']) {
      await q.query(`alter table ${table} enable row level security`);
      await q.query(`create policy tenant_isolation on ${table} ${TENANT_POLICY}`);
      await q.query(`grant select, insert, update, delete on ${table} to haven_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table service_activity_funding`);
    await q.query(`drop table service_activity`);
  }
}

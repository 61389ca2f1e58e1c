import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_POLICY = `
  using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
  with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`;

const REPORTED = `in ('yes', 'no', 'not_reported')`;
const CLASSIFICATIONS = [
  'disability',
  'deaf_hard_of_hearing',
  'limited_english',
  'immigrant_refugee_asylum',
  'rural',
  'homeless',
  'lgbtq',
  'veteran',
];
const VICTIMISATIONS = `array['domestic_violence', 'dating_violence', 'family_violence',
  'sexual_assault', 'stalking_harassment', 'other']::text[]`;
const REASONS = `('conflict_of_interest', 'outside_service_area', 'program_capacity',
  'did_not_meet_criteria', 'declined_services', 'other')`;

/**
 * Issue 15: what the funders count that no other fact answers. A client's demographics (every
 * field optional: "not reported" is an answer), a case's victimisations, legal issues and
 * served / not-served status, a declined intake (no name or contact is kept for someone turned
 * away: only what is counted), and the organisation's small-count threshold (security-checks E5).
 */
export class CreateReportFacts1795560000002 implements MigrationInterface {
  name = 'CreateReportFacts1795560000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table client_demographics (
        client_id uuid not null,
        organisation_id uuid not null,
        race_ethnicity text[] not null default '{}',
        gender text not null default 'not_reported',
        age_band text not null default 'not_reported',
        ${CLASSIFICATIONS.map((c) => `${c} text not null default 'not_reported',`).join('\n')}
        updated_at timestamptz not null default now(),
        constraint pk_client_demographics primary key (client_id),
        constraint fk_client_demographics_client foreign key (client_id, organisation_id)
          references client (id, organisation_id) on delete cascade,
        constraint ck_client_demographics_race check (race_ethnicity <@ array[
          'american_indian_alaska_native', 'asian', 'black_african_american', 'hispanic_latino',
          'middle_eastern_north_african', 'native_hawaiian_pacific_islander', 'white', 'other']::text[]),
        constraint ck_client_demographics_gender check (gender in ('woman', 'man', 'non_binary', 'other', 'not_reported')),
        constraint ck_client_demographics_age check (age_band in ('0_12', '13_17', '18_24', '25_59', '60_plus', 'not_reported')),
        ${CLASSIFICATIONS.map((c) => `constraint ck_client_demographics_${c} check (${c} ${REPORTED})`).join(',\n')}
      )`);
    await q.query(`
      create table case_report_facts (
        case_id uuid not null,
        organisation_id uuid not null,
        victimisations text[] not null default '{}',
        legal_issues text[] not null default '{}',
        service_status text,
        not_served_reason text,
        updated_at timestamptz not null default now(),
        constraint pk_case_report_facts primary key (case_id),
        constraint fk_case_report_facts_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint ck_case_report_facts_victimisations check (victimisations <@ ${VICTIMISATIONS}),
        constraint ck_case_report_facts_legal_issues check (legal_issues <@ array['protection_order',
          'divorce', 'custody_visitation', 'child_support', 'housing', 'immigration',
          'public_benefits', 'employment', 'criminal_court_advocacy', 'other']::text[]),
        constraint ck_case_report_facts_status check (service_status in ('served', 'partially_served', 'not_served')),
        constraint ck_case_report_facts_reason check (not_served_reason in ${REASONS}),
        constraint ck_case_report_facts_reason_when_not_served check (
          (service_status = 'not_served') = (not_served_reason is not null))
      )`);
    await q.query(`
      create table intake_decline (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        declined_on date not null,
        reason text not null,
        victimisations text[] not null default '{}',
        funding_source_id uuid,
        recorded_by uuid,
        created_at timestamptz not null default now(),
        constraint pk_intake_decline primary key (id),
        constraint fk_intake_decline_organisation foreign key (organisation_id)
          references organisation (id) on delete restrict,
        constraint fk_intake_decline_source foreign key (funding_source_id, organisation_id)
          references funding_source (id, organisation_id) on delete restrict,
        constraint fk_intake_decline_recorded_by foreign key (recorded_by)
          references app_user (id) on delete set null,
        constraint ck_intake_decline_reason check (reason in ${REASONS}),
        constraint ck_intake_decline_victimisations check (victimisations <@ ${VICTIMISATIONS})
      )`);
    await q.query(
      `create index ix_intake_decline_org_declined on intake_decline (organisation_id, declined_on)`,
    );
    await q.query(`
      create table report_settings (
        organisation_id uuid not null,
        small_count_threshold integer not null default 5,
        updated_at timestamptz not null default now(),
        updated_by uuid,
        constraint pk_report_settings primary key (organisation_id),
        constraint fk_report_settings_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade,
        constraint fk_report_settings_updated_by foreign key (updated_by)
          references app_user (id) on delete set null,
        constraint ck_report_settings_threshold check (small_count_threshold between 0 and 50)
      )`);
    for (const table of [
      'client_demographics',
      'case_report_facts',
      'intake_decline',
      'report_settings',
    ]) {
      await q.query(`alter table ${table} enable row level security`);
      await q.query(`create policy tenant_isolation on ${table} ${TENANT_POLICY}`);
      await q.query(`grant select, insert, update, delete on ${table} to haven_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table report_settings`);
    await q.query(`drop table intake_decline`);
    await q.query(`drop table case_report_facts`);
    await q.query(`drop table client_demographics`);
  }
}

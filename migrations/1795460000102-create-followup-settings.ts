import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-organisation lead times of the follow-up rules (issue 6). No row means the defaults, which
 * are the column defaults here and DEFAULT_FOLLOWUP_LEAD_TIMES in @haven/rules. Same row-level
 * security as every tenant table (migration 1795430000011).
 */
export class CreateFollowupSettings1795460000102 implements MigrationInterface {
  name = 'CreateFollowupSettings1795460000102';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table followup_settings (
        organisation_id uuid not null,
        talk_to_client_days_before_expiry integer not null default 60,
        file_motion_days_before_deadline integer not null default 30,
        escalate_days_before_deadline integer not null default 10,
        first_service_check_court_days integer not null default 2,
        service_check_every_court_days integer not null default 3,
        extend_preliminary_court_days_before_hearing integer not null default 2,
        medical_notice_reminder_days integer not null default 5,
        updated_at timestamptz not null default now(),
        updated_by uuid,
        constraint pk_followup_settings primary key (organisation_id),
        constraint fk_followup_settings_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade,
        constraint fk_followup_settings_updated_by foreign key (updated_by)
          references app_user (id) on delete set null,
        constraint ck_followup_settings_talk check (talk_to_client_days_before_expiry between 1 and 365),
        constraint ck_followup_settings_file check (file_motion_days_before_deadline between 1 and 365),
        constraint ck_followup_settings_escalate check (escalate_days_before_deadline between 1 and 365),
        constraint ck_followup_settings_first_check check (first_service_check_court_days between 1 and 30),
        constraint ck_followup_settings_every_check check (service_check_every_court_days between 1 and 30),
        constraint ck_followup_settings_extend check (extend_preliminary_court_days_before_hearing between 1 and 30),
        constraint ck_followup_settings_medical check (medical_notice_reminder_days between 0 and 60)
      )`);
    await q.query(`alter table followup_settings enable row level security`);
    await q.query(`
      create policy tenant_isolation on followup_settings
        using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
        with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
    await q.query(`grant select, insert, update on followup_settings to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table followup_settings`);
  }
}

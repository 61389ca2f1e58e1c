import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case now points at its client and respondent, records the intake facts the rules library
 * needs (relationship, household, venue, court), and may have several assigned advocates.
 * Existing cases keep their names, moved into client and respondent rows.
 */
export class LinkCasesToParties1795430000001 implements MigrationInterface {
  name = 'LinkCasesToParties1795430000001';

  async up(q: QueryRunner): Promise<void> {
    // Child rows reference (case id, organisation id), so a row can never point across tenants.
    await q.query(
      `alter table case_file add constraint uq_case_file_id_org unique (id, organisation_id)`,
    );
    await q.query(`
      alter table case_file
        add column client_id uuid,
        add column respondent_id uuid,
        add column relationship text,
        add column lives_with_respondent boolean not null default false,
        add column cohabitation_ended_on date,
        add column last_act_on date,
        add column petitioner_is_minor boolean not null default false,
        add column respondent_is_parent_or_guardian boolean not null default false,
        add column has_medical_evidence boolean not null default false,
        add column venue_locality text,
        add column court_id text,
        add column court_kind text,
        add column lsc_problem_code text,
        add column lsc_closing_code text,
        add column conflict_override_reason text,
        add column conflict_override_by uuid,
        add column conflict_override_at timestamptz`);
    await q.query(`
      do $$
      declare r record; new_client uuid; new_respondent uuid;
      begin
        for r in select id, organisation_id, client_name, respondent_name from case_file loop
          insert into client (organisation_id, full_name, name_key)
          values (r.organisation_id, r.client_name, lower(regexp_replace(trim(r.client_name), '\\s+', ' ', 'g')))
          returning id into new_client;
          insert into respondent (organisation_id, full_name, name_key)
          values (r.organisation_id, r.respondent_name, lower(regexp_replace(trim(r.respondent_name), '\\s+', ' ', 'g')))
          returning id into new_respondent;
          update case_file set client_id = new_client, respondent_id = new_respondent where id = r.id;
        end loop;
      end $$`);
    await q.query(`
      alter table case_file
        alter column client_id set not null,
        alter column respondent_id set not null,
        add constraint fk_case_file_client foreign key (client_id, organisation_id)
          references client (id, organisation_id) on delete restrict,
        add constraint fk_case_file_respondent foreign key (respondent_id, organisation_id)
          references respondent (id, organisation_id) on delete restrict,
        add constraint fk_case_file_override_by foreign key (conflict_override_by)
          references app_user (id) on delete set null,
        add constraint ck_case_file_court_kind check (court_kind in ('JDR', 'GDC', 'CIRCUIT', 'MAGISTRATE')),
        add constraint ck_case_file_relationship check (relationship in ('spouse', 'former_spouse',
          'parent', 'child', 'stepparent', 'stepchild', 'brother', 'sister', 'half_brother', 'half_sister',
          'grandchild', 'grandparent', 'mother_in_law', 'father_in_law', 'son_in_law', 'daughter_in_law',
          'brother_in_law', 'sister_in_law', 'child_in_common', 'cohabitant', 'former_cohabitant',
          'cohabitants_child_in_home', 'none')),
        add constraint ck_case_file_override_complete check (
          (conflict_override_reason is null) = (conflict_override_at is null))`);
    await q.query(`create index ix_case_file_client on case_file (client_id)`);
    await q.query(`create index ix_case_file_respondent on case_file (respondent_id)`);

    await q.query(`
      create table case_assignment (
        case_id uuid not null,
        user_id uuid not null,
        organisation_id uuid not null,
        assigned_at timestamptz not null default now(),
        assigned_by uuid,
        constraint pk_case_assignment primary key (case_id, user_id),
        constraint fk_case_assignment_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_case_assignment_user foreign key (user_id) references app_user (id) on delete cascade,
        constraint fk_case_assignment_assigned_by foreign key (assigned_by)
          references app_user (id) on delete set null
      )`);
    await q.query(`create index ix_case_assignment_user on case_assignment (user_id)`);
    await q.query(`
      insert into case_assignment (case_id, user_id, organisation_id)
      select id, assigned_advocate_id, organisation_id from case_file where assigned_advocate_id is not null`);
    await q.query(
      `alter table case_file drop column assigned_advocate_id, drop column client_name, drop column respondent_name`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table case_file
        add column assigned_advocate_id uuid references app_user (id) on delete set null,
        add column client_name text,
        add column respondent_name text`);
    await q.query(`
      update case_file c set
        client_name = (select full_name from client where id = c.client_id),
        respondent_name = (select full_name from respondent where id = c.respondent_id),
        assigned_advocate_id = (select user_id from case_assignment a where a.case_id = c.id
                                 order by assigned_at limit 1)`);
    await q.query(
      `alter table case_file alter column client_name set not null, alter column respondent_name set not null`,
    );
    await q.query(
      `alter table case_file rename constraint case_file_assigned_advocate_id_fkey to fk_case_file_advocate`,
    );
    await q.query(`create index ix_case_file_advocate on case_file (assigned_advocate_id)`);
    await q.query(`drop table case_assignment`);
    await q.query(`
      alter table case_file
        drop column client_id, drop column respondent_id, drop column relationship,
        drop column lives_with_respondent, drop column cohabitation_ended_on, drop column last_act_on,
        drop column petitioner_is_minor, drop column respondent_is_parent_or_guardian,
        drop column has_medical_evidence, drop column venue_locality, drop column court_id,
        drop column court_kind, drop column lsc_problem_code, drop column lsc_closing_code,
        drop column conflict_override_reason, drop column conflict_override_by,
        drop column conflict_override_at,
        drop constraint uq_case_file_id_org`);
  }
}

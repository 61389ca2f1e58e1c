import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orders and their chain: an order extended on a motion, or following an emergency or preliminary
 * order, is a new row pointing at its parent; the short extensions of one order (incapacity, R02;
 * unserved respondent, R07/R24) are rows of order_extension; motions to extend are recorded with
 * their filing date so timeliness (R11) can be checked.
 */
export class CreateProtectiveOrders1795430000003 implements MigrationInterface {
  name = 'CreateProtectiveOrders1795430000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table protective_order (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        kind text not null,
        issued_on date not null,
        issued_time time,
        issuing_court_id text not null,
        issuing_court_kind text not null,
        issuing_locality text not null,
        stated_expiry_on date,
        stated_expiry_time time,
        stated_expiry_override_reason text,
        reliefs text[] not null default '{}',
        served_on date,
        served_time time,
        status text not null default 'granted',
        parent_order_id uuid,
        extension_of text,
        protects_minor_against_parent boolean not null default false,
        petitioner_household_at_initial boolean,
        issuing_state text,
        registered_on date,
        registered_court_id text,
        dissolved_on date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint pk_protective_order primary key (id),
        constraint uq_protective_order_id_org unique (id, organisation_id),
        constraint fk_protective_order_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_protective_order_parent foreign key (parent_order_id, organisation_id)
          references protective_order (id, organisation_id) on delete restrict,
        constraint ck_protective_order_kind check (kind in ('FA_EPO', 'FA_PPO', 'FA_PO',
          'AOV_EPO', 'AOV_PPO', 'AOV_PO', 'ESRO', 'FSRO', 'OOS')),
        constraint ck_protective_order_court_kind check (issuing_court_kind in ('JDR', 'GDC', 'CIRCUIT', 'MAGISTRATE')),
        constraint ck_protective_order_status check (status in ('granted', 'served', 'extended',
          'dissolved', 'expired', 'superseded')),
        constraint ck_protective_order_extension_of check (extension_of in ('incapacity', 'unserved', 'motion_to_extend')),
        constraint ck_protective_order_expiry_after_issue check (stated_expiry_on is null or stated_expiry_on >= issued_on),
        constraint ck_protective_order_served_after_issue check (served_on is null or served_on >= issued_on),
        constraint ck_protective_order_out_of_state check ((kind = 'OOS') = (issuing_state is not null)),
        constraint ck_protective_order_dissolved check ((status = 'dissolved') = (dissolved_on is not null))
      )`);
    await q.query(`create index ix_protective_order_case on protective_order (case_id)`);
    await q.query(`create index ix_protective_order_parent on protective_order (parent_order_id)`);
    await q.query(`
      create table order_extension (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        order_id uuid not null,
        kind text not null,
        granted_on date not null,
        granted_time time,
        stated_expiry_on date,
        stated_expiry_time time,
        stated_expiry_override_reason text,
        created_at timestamptz not null default now(),
        constraint pk_order_extension primary key (id),
        constraint fk_order_extension_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_order_extension_order foreign key (order_id, organisation_id)
          references protective_order (id, organisation_id) on delete cascade,
        constraint ck_order_extension_kind check (kind in ('incapacity', 'unserved'))
      )`);
    await q.query(`create index ix_order_extension_order on order_extension (order_id)`);
    await q.query(`
      create table extension_motion (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        order_id uuid not null,
        filed_on date not null,
        filed_time time,
        outcome text not null default 'pending',
        created_at timestamptz not null default now(),
        constraint pk_extension_motion primary key (id),
        constraint fk_extension_motion_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_extension_motion_order foreign key (order_id, organisation_id)
          references protective_order (id, organisation_id) on delete cascade,
        constraint ck_extension_motion_outcome check (outcome in ('pending', 'granted', 'denied', 'withdrawn'))
      )`);
    await q.query(`create index ix_extension_motion_order on extension_motion (order_id)`);
    await q.query(`
      alter table hearing add constraint fk_hearing_order foreign key (order_id, organisation_id)
        references protective_order (id, organisation_id) on delete set null (order_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table hearing drop constraint fk_hearing_order`);
    await q.query(`drop table extension_motion`);
    await q.query(`drop table order_extension`);
    await q.query(`drop table protective_order`);
  }
}

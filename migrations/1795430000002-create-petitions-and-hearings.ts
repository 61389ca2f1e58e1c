import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePetitionsAndHearings1795430000002 implements MigrationInterface {
  name = 'CreatePetitionsAndHearings1795430000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table petition (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        order_kind_sought text not null,
        filed_on date not null,
        court_id text not null,
        court_kind text not null,
        court_locality text not null,
        court_case_number text,
        created_at timestamptz not null default now(),
        constraint pk_petition primary key (id),
        constraint uq_petition_id_org unique (id, organisation_id),
        constraint fk_petition_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint ck_petition_order_kind check (order_kind_sought in ('FA_EPO', 'FA_PPO', 'FA_PO',
          'AOV_EPO', 'AOV_PPO', 'AOV_PO', 'ESRO', 'FSRO', 'OOS')),
        constraint ck_petition_court_kind check (court_kind in ('JDR', 'GDC', 'CIRCUIT', 'MAGISTRATE'))
      )`);
    await q.query(`create index ix_petition_case on petition (case_id)`);
    await q.query(`
      create table hearing (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        order_id uuid,
        kind text not null,
        scheduled_on date not null,
        scheduled_time time,
        outcome text,
        held_on date,
        continued_from_id uuid,
        continuance_reason text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint pk_hearing primary key (id),
        constraint uq_hearing_id_org unique (id, organisation_id),
        constraint fk_hearing_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_hearing_continued_from foreign key (continued_from_id, organisation_id)
          references hearing (id, organisation_id) on delete set null (continued_from_id),
        constraint ck_hearing_kind check (kind in ('ppo_full_hearing', 'final_trial', 'extension', 'sro_final')),
        constraint ck_hearing_outcome check (outcome in ('granted', 'denied', 'continued',
          'respondent_not_served', 'petitioner_absent', 'ppo_reissued')),
        constraint ck_hearing_held_with_outcome check ((outcome is null) = (held_on is null)),
        constraint ck_hearing_continuance_reason check (outcome is distinct from 'continued' or continuance_reason is not null)
      )`);
    await q.query(`create index ix_hearing_case on hearing (case_id)`);
    await q.query(
      `create index ix_hearing_org_scheduled on hearing (organisation_id, scheduled_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table hearing`);
    await q.query(`drop table petition`);
  }
}

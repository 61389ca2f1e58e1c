import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisationsAndUsers1795420000000 implements MigrationInterface {
  name = 'CreateOrganisationsAndUsers1795420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table organisation (
        id uuid not null default gen_random_uuid(),
        name text not null,
        slug text not null,
        created_at timestamptz not null default now(),
        constraint pk_organisation primary key (id),
        constraint ck_organisation_slug check (slug ~ '^[a-z0-9][a-z0-9-]*$')
      )`);
    await q.query(`create unique index uq_organisation_slug on organisation (slug)`);
    await q.query(`
      create table app_user (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        email text not null,
        display_name text not null,
        role text not null,
        password_hash text not null,
        disabled_at timestamptz,
        created_at timestamptz not null default now(),
        constraint pk_app_user primary key (id),
        constraint fk_app_user_organisation foreign key (organisation_id)
          references organisation (id) on delete restrict,
        constraint ck_app_user_role check (role in ('advocate', 'supervisor', 'staff', 'admin')),
        constraint ck_app_user_email_lower check (email = lower(email)),
        constraint ck_app_user_password_argon2id check (password_hash like '$argon2id$%')
      )`);
    await q.query(`create unique index uq_app_user_email on app_user (email)`);
    await q.query(`create index ix_app_user_organisation on app_user (organisation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table app_user`);
    await q.query(`drop table organisation`);
  }
}

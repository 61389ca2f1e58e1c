import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: a client's safe-contact instructions as structured choices (how post and calls may
 * reach the client), checked before any client letter. The safe address and the free-text note
 * are sealed like every confidential client field. One row per client; same row-level security
 * as every tenant table (migration 1795430000011).
 */
export class CreateClientSafeContact1795600000000 implements MigrationInterface {
  name = 'CreateClientSafeContact1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table client_safe_contact (
        client_id uuid not null,
        organisation_id uuid not null,
        mail text not null,
        phone text not null,
        safe_address_enc text null,
        note_enc text null,
        updated_by uuid null,
        updated_at timestamptz not null default now(),
        constraint pk_client_safe_contact primary key (client_id),
        constraint fk_client_safe_contact_client foreign key (client_id, organisation_id)
          references client (id, organisation_id) on delete cascade,
        constraint fk_client_safe_contact_updated_by foreign key (updated_by)
          references app_user (id) on delete set null,
        constraint ck_client_safe_contact_mail
          check (mail in ('home_ok', 'no_mail_at_home', 'safe_address_only', 'no_mail')),
        constraint ck_client_safe_contact_phone
          check (phone in ('voicemail_ok', 'no_voicemail', 'no_calls')),
        constraint ck_client_safe_contact_safe_address
          check (mail <> 'safe_address_only' or safe_address_enc is not null),
        constraint ck_client_safe_contact_encrypted check (
          (safe_address_enc is null or safe_address_enc like 'v1:%') and
          (note_enc is null or note_enc like 'v1:%'))
      )`);
    await q.query(`alter table client_safe_contact enable row level security`);
    await q.query(`
      create policy tenant_isolation on client_safe_contact
        using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
        with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
    await q.query(`grant select, insert, update, delete on client_safe_contact to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table client_safe_contact`);
  }
}

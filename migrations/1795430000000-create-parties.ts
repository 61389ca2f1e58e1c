import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The survivor (client) and the respondent. Contact details are stored only as AES-256-GCM
 * envelopes (`v1:<keyId>:…`); phone and e-mail also get a keyed blind index for conflict checks.
 */
export class CreateParties1795430000000 implements MigrationInterface {
  name = 'CreateParties1795430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table client (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        full_name text not null,
        name_key text not null,
        date_of_birth date,
        aliases text[] not null default '{}',
        alias_keys text[] not null default '{}',
        address_enc text,
        phone_enc text,
        email_enc text,
        employer_enc text,
        safe_contact_enc text,
        phone_index text,
        email_index text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint pk_client primary key (id),
        constraint uq_client_id_org unique (id, organisation_id),
        constraint fk_client_organisation foreign key (organisation_id)
          references organisation (id) on delete restrict,
        constraint ck_client_name check (length(trim(full_name)) > 0),
        constraint ck_client_encrypted check (
          (address_enc is null or address_enc like 'v1:%') and
          (phone_enc is null or phone_enc like 'v1:%') and
          (email_enc is null or email_enc like 'v1:%') and
          (employer_enc is null or employer_enc like 'v1:%') and
          (safe_contact_enc is null or safe_contact_enc like 'v1:%'))
      )`);
    await q.query(`create index ix_client_org_name_key on client (organisation_id, name_key)`);
    await q.query(`create index ix_client_alias_keys on client using gin (alias_keys)`);
    await q.query(
      `create index ix_client_org_phone_index on client (organisation_id, phone_index)`,
    );
    await q.query(`
      create table respondent (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        full_name text not null,
        name_key text not null,
        date_of_birth date,
        aliases text[] not null default '{}',
        alias_keys text[] not null default '{}',
        address_enc text,
        description_enc text,
        known_firearms boolean not null default false,
        out_of_state_address boolean not null default false,
        prior_convictions jsonb not null default '[]',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint pk_respondent primary key (id),
        constraint uq_respondent_id_org unique (id, organisation_id),
        constraint fk_respondent_organisation foreign key (organisation_id)
          references organisation (id) on delete restrict,
        constraint ck_respondent_name check (length(trim(full_name)) > 0),
        constraint ck_respondent_encrypted check (
          (address_enc is null or address_enc like 'v1:%') and
          (description_enc is null or description_enc like 'v1:%')),
        constraint ck_respondent_prior_convictions check (jsonb_typeof(prior_convictions) = 'array')
      )`);
    await q.query(
      `create index ix_respondent_org_name_key on respondent (organisation_id, name_key)`,
    );
    await q.query(`create index ix_respondent_alias_keys on respondent using gin (alias_keys)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table respondent`);
    await q.query(`drop table client`);
  }
}

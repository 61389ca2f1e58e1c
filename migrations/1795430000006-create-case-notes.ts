import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Case notes: free text about a survivor's life, so stored only encrypted (security-checks D1). */
export class CreateCaseNotes1795430000006 implements MigrationInterface {
  name = 'CreateCaseNotes1795430000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table case_note (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        author_id uuid,
        body_enc text not null,
        created_at timestamptz not null default now(),
        constraint pk_case_note primary key (id),
        constraint fk_case_note_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_case_note_author foreign key (author_id) references app_user (id) on delete set null,
        constraint ck_case_note_encrypted check (body_enc like 'v1:%')
      )`);
    await q.query(`create index ix_case_note_case on case_note (case_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table case_note`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: a generated document the advocate filed on the case. Nothing generated is kept unless
 * filed; a filed one is stored sealed like a note (its bytes, base64, under the row's context),
 * with the template version that made it and whether it holds confidential fields.
 */
export class CreateCaseDocuments1795600000002 implements MigrationInterface {
  name = 'CreateCaseDocuments1795600000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table case_document (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        case_id uuid not null,
        kind text not null,
        template_key text not null,
        template_version integer not null,
        language text null,
        format text not null,
        file_name text not null,
        content_enc text not null,
        includes_confidential boolean not null,
        created_by uuid null,
        created_at timestamptz not null default now(),
        constraint pk_case_document primary key (id),
        constraint fk_case_document_case foreign key (case_id, organisation_id)
          references case_file (id, organisation_id) on delete cascade,
        constraint fk_case_document_created_by foreign key (created_by)
          references app_user (id) on delete set null,
        constraint ck_case_document_kind
          check (kind in ('extension_motion', 'medical_notice', 'client_letter')),
        constraint ck_case_document_format check (format in ('docx', 'pdf')),
        constraint ck_case_document_language check (language is null or language in ('en', 'es')),
        constraint ck_case_document_template_version check (template_version >= 0),
        constraint ck_case_document_encrypted check (content_enc like 'v1:%')
      )`);
    await q.query(`create index ix_case_document_case on case_document (case_id, created_at)`);
    await q.query(`alter table case_document enable row level security`);
    await q.query(`
      create policy tenant_isolation on case_document
        using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
        with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
    await q.query(`grant select, insert, delete on case_document to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table case_document`);
  }
}

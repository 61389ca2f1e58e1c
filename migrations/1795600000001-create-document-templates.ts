import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: an organisation's own versions of the document templates (letterhead, wording). Every
 * accepted upload is a new version and none is ever changed, so each generated document can name
 * the version that made it; the highest version is the one in use, and with none the template
 * that ships with Haven (version 0) is used.
 */
export class CreateDocumentTemplates1795600000001 implements MigrationInterface {
  name = 'CreateDocumentTemplates1795600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table document_template (
        id uuid not null default gen_random_uuid(),
        organisation_id uuid not null,
        template_key text not null,
        version integer not null,
        file_name text not null,
        content bytea not null,
        sha256 text not null,
        uploaded_by uuid null,
        uploaded_at timestamptz not null default now(),
        constraint pk_document_template primary key (id),
        constraint uq_document_template_version unique (organisation_id, template_key, version),
        constraint fk_document_template_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade,
        constraint fk_document_template_uploaded_by foreign key (uploaded_by)
          references app_user (id) on delete set null,
        constraint ck_document_template_version check (version >= 1)
      )`);
    await q.query(`alter table document_template enable row level security`);
    await q.query(`
      create policy tenant_isolation on document_template
        using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
        with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
    // Versions are kept as they were: no update.
    await q.query(`grant select, insert, delete on document_template to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table document_template`);
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { TemplateKey } from '@haven/contracts';

/** One stored version of an organisation's template, without its bytes. */
export interface TemplateVersionRow {
  version: number;
  fileName: string;
  sha256: string;
  uploadedById: string | null;
  uploadedByName: string | null;
  uploadedAt: Date;
}

/** The only code that touches `document_template`. Versions are inserted, never changed. */
@Injectable()
export class DocumentTemplatesRepository {
  /** Every version of every template of the organisation, newest first within a key. */
  async findVersionsByOrg(
    manager: EntityManager,
    organisationId: string,
  ): Promise<Array<TemplateVersionRow & { templateKey: TemplateKey }>> {
    return manager.query(
      `select t.template_key as "templateKey", t.version, t.file_name as "fileName", t.sha256,
              t.uploaded_by as "uploadedById", u.display_name as "uploadedByName", t.uploaded_at as "uploadedAt"
         from document_template t
         left join app_user u on u.id = t.uploaded_by
        where t.organisation_id = $1
        order by t.template_key, t.version desc`,
      [organisationId],
    ) as Promise<Array<TemplateVersionRow & { templateKey: TemplateKey }>>;
  }

  /** The version in use (the highest), with its bytes; null when the organisation has none. */
  async getCurrentOrNull(
    manager: EntityManager,
    organisationId: string,
    key: TemplateKey,
  ): Promise<{ version: number; fileName: string; content: Buffer } | null> {
    const rows = (await manager.query(
      `select version, file_name as "fileName", content
         from document_template
        where organisation_id = $1 and template_key = $2
        order by version desc limit 1`,
      [organisationId, key],
    )) as Array<{ version: number; fileName: string; content: Buffer }>;
    return rows[0] ?? null;
  }

  /**
   * Adds the next version. The caller holds the organisation's template lock, so two uploads of
   * one key number their versions one after the other (the unique key would refuse a tie anyway).
   */
  async insertNext(
    manager: EntityManager,
    row: {
      organisationId: string;
      templateKey: TemplateKey;
      fileName: string;
      content: Buffer;
      sha256: string;
      uploadedBy: string;
      uploadedAt: Date;
    },
  ): Promise<number> {
    const [inserted] = (await manager.query(
      `insert into document_template
              (organisation_id, template_key, version, file_name, content, sha256, uploaded_by, uploaded_at)
       select $1, $2, coalesce(max(version), 0) + 1, $3, $4, $5, $6, $7
         from document_template where organisation_id = $1 and template_key = $2
       returning version`,
      [
        row.organisationId,
        row.templateKey,
        row.fileName,
        row.content,
        row.sha256,
        row.uploadedBy,
        row.uploadedAt,
      ],
    )) as Array<{ version: number }>;
    if (!inserted) throw new Error('template version insert returned nothing');
    return inserted.version;
  }

  /** Serialises uploads of one template of one organisation (transaction-scoped advisory lock). */
  async lockKey(manager: EntityManager, organisationId: string, key: TemplateKey): Promise<void> {
    await manager.query(`select pg_advisory_xact_lock(hashtext($1))`, [
      `document_template:${organisationId}:${key}`,
    ]);
  }
}

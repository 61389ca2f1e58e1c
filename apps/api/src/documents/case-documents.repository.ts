import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { DocumentFormat, DocumentKind, LetterLanguage, TemplateKey } from '@haven/contracts';

import { FieldCipher } from '@api/crypto/field-cipher';

import { CaseDocumentEntity } from './case-document.entity';

/** A filed document as listed: never its bytes. */
export interface FiledDocumentView {
  id: string;
  kind: DocumentKind;
  templateKey: TemplateKey;
  templateVersion: number;
  language: LetterLanguage | null;
  format: DocumentFormat;
  fileName: string;
  includesConfidential: boolean;
  createdById: string | null;
  createdByName: string | null;
  createdAt: Date;
}

export type NewFiledDocument = Omit<
  FiledDocumentView,
  'id' | 'createdByName' | 'createdById' | 'createdAt'
> & { organisationId: string; caseId: string; createdBy: string; createdAt: Date };

/** The encryption context binds the file to its row (security-checks D1). */
function contentContext(id: string): string {
  return `case_document:${id}:content`;
}

const VIEW_SELECT = `
  select d.id, d.kind, d.template_key as "templateKey", d.template_version as "templateVersion",
         d.language, d.format, d.file_name as "fileName", d.includes_confidential as "includesConfidential",
         d.created_by as "createdById", u.display_name as "createdByName", d.created_at as "createdAt"
    from case_document d
    left join app_user u on u.id = d.created_by`;

/** The only code that touches `case_document`: files sealed on the way in, opened for a download. */
@Injectable()
export class CaseDocumentsRepository {
  constructor(private readonly cipher: FieldCipher) {}

  async insert(manager: EntityManager, row: NewFiledDocument, file: Buffer): Promise<string> {
    const id = randomUUID();
    await manager.getRepository(CaseDocumentEntity).insert({
      ...row,
      id,
      contentEnc: this.cipher.encrypt(file.toString('base64'), contentContext(id)),
    });
    return id;
  }

  findByCase(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<FiledDocumentView[]> {
    return manager.query(
      `${VIEW_SELECT} where d.organisation_id = $1 and d.case_id = $2 order by d.created_at desc, d.id`,
      [organisationId, caseId],
    ) as Promise<FiledDocumentView[]>;
  }

  async getViewOrNull(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    id: string,
  ): Promise<FiledDocumentView | null> {
    const rows = (await manager.query(
      `${VIEW_SELECT} where d.organisation_id = $1 and d.case_id = $2 and d.id = $3`,
      [organisationId, caseId, id],
    )) as FiledDocumentView[];
    return rows[0] ?? null;
  }

  /** Opens one filed file; null when it does not decrypt (tampering or a retired key). */
  async openFile(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    id: string,
  ): Promise<Buffer | null> {
    const found = await manager.getRepository(CaseDocumentEntity).findOne({
      where: { organisationId, caseId, id },
      select: { id: true, contentEnc: true },
    });
    if (!found) return null;
    const base64 = this.cipher.openOrNull(found.contentEnc, contentContext(id));
    return base64 === null ? null : Buffer.from(base64, 'base64');
  }
}

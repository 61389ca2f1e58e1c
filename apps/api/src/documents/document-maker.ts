import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type {
  DocumentFormat,
  DocumentKind,
  LetterChannel,
  LetterLanguage,
  TemplateKey,
} from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock } from '@api/common/clock/clock';

import { CaseDocumentsRepository } from './case-documents.repository';
import { docxParagraphs, renderDocx, type TemplateData } from './docx-template';
import { DocumentTemplatesService } from './document-templates.service';
import { paragraphsToPdf } from './letter-pdf';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

/** What to make: the template, its values, the format, and what the audit row says about it. */
export interface DocumentOrder {
  kind: DocumentKind;
  templateKey: TemplateKey;
  data: TemplateData;
  format: DocumentFormat;
  language: LetterLanguage | null;
  fileName: string;
  includesConfidential: boolean;
  fileOnCase: boolean;
  channel?: LetterChannel;
}

/** A generated file, for the download. */
export interface GeneratedDocument {
  fileName: string;
  contentType: string;
  content: Buffer;
  templateKey: TemplateKey;
  templateVersion: number;
  filedDocumentId: string | null;
}

/**
 * Makes one document from the organisation's template in use, in the caller's transaction: renders
 * the DOCX (and lays the same paragraphs out as a PDF when asked), writes the audit row (who, case,
 * template version, whether confidential fields are in it) and keeps a sealed copy only when the
 * advocate files it on the case. Nothing else generated is stored.
 */
@Injectable()
export class DocumentMaker {
  constructor(
    private readonly templates: DocumentTemplatesService,
    private readonly filed: CaseDocumentsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async make(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    order: DocumentOrder,
  ): Promise<GeneratedDocument> {
    const template = await this.templates.inUse(manager, actor.organisationId, order.templateKey);
    const docx = renderDocx(template.content, order.data);
    const content =
      order.format === 'pdf' ? await paragraphsToPdf(docxParagraphs(docx), order.fileName) : docx;
    const fileName = `${order.fileName}.${order.format}`;
    const filedDocumentId = order.fileOnCase
      ? await this.filed.insert(
          manager,
          {
            organisationId: actor.organisationId,
            caseId,
            kind: order.kind,
            templateKey: order.templateKey,
            templateVersion: template.version,
            language: order.language,
            format: order.format,
            fileName,
            includesConfidential: order.includesConfidential,
            createdBy: actor.userId,
            createdAt: this.clock.now(),
          },
          content,
        )
      : null;
    await this.audit.record(
      {
        action: 'document_generated',
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        targetType: 'case',
        targetId: caseId,
        details: {
          kind: order.kind,
          templateKey: order.templateKey,
          templateVersion: template.version,
          format: order.format,
          language: order.language,
          includesConfidential: order.includesConfidential,
          channel: order.channel ?? null,
          filedDocumentId,
        },
      },
      manager,
    );
    return {
      fileName,
      contentType: order.format === 'pdf' ? PDF_TYPE : DOCX_TYPE,
      content,
      templateKey: order.templateKey,
      templateVersion: template.version,
      filedDocumentId,
    };
  }
}

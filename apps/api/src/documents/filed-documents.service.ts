import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { FiledDocumentListResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { DomainError } from '@api/common/errors/domain-error';

import { CaseDocumentsRepository } from './case-documents.repository';
import { DOCX_TYPE, PDF_TYPE } from './document-maker';
import { toFiledDocumentResponse } from './dto/filed-document.response';

function documentNotFound(): DomainError {
  return new DomainError('CASE_DOCUMENT_NOT_FOUND', 'not_found', 'Document not found.');
}

/** Documents the advocate filed on the case: listed without their content, opened one at a time. */
@Injectable()
export class FiledDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly denials: AccessDenials,
    private readonly filed: CaseDocumentsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, caseId: string): Promise<FiledDocumentListResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertVisible(actor, caseId, manager);
      const rows = await this.filed.findByCase(manager, actor.organisationId, caseId);
      return { items: rows.map(toFiledDocumentResponse) };
    });
  }

  /** A filed document's file: a read of sealed case data, audited like a note's body. */
  async file(
    actor: Actor,
    caseId: string,
    documentId: string,
  ): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertVisible(actor, caseId, manager);
      const orgId = actor.organisationId;
      const view = await this.filed.getViewOrNull(manager, orgId, caseId, documentId);
      if (!view) {
        await this.denials.deny(actor, 'case_document', documentId);
        throw documentNotFound();
      }
      const content = await this.filed.openFile(manager, orgId, caseId, documentId);
      if (content === null) {
        throw new DomainError(
          'DOCUMENT_UNAVAILABLE',
          'unavailable',
          'The document cannot be opened right now.',
        );
      }
      await this.audit.record(
        {
          action: 'reveal',
          organisationId: orgId,
          actorUserId: actor.userId,
          targetType: 'case_document',
          targetId: documentId,
          reason: 'download filed document',
          details: { caseId },
        },
        manager,
      );
      return {
        fileName: view.fileName,
        contentType: view.format === 'pdf' ? PDF_TYPE : DOCX_TYPE,
        content,
      };
    });
  }
}

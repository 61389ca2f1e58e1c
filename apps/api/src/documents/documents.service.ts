import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { DocumentOptionsResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { allowedChannels } from '@api/safe-contact/letter-channels';
import { SafeContactService } from '@api/safe-contact/safe-contact.service';

import { toDocumentOptions } from './dto/document-options.response';
import { medicalNoticeData, motionData } from './document-data';
import { DocumentMaker, type GeneratedDocument } from './document-maker';
import { DocumentSourceReader } from './document-source.reader';
import type { ExtensionMotionDto, MedicalNoticeDto } from './dto/generate-document.dto';

/**
 * The court papers drafted from a case (issue 19): the motion to extend a final order and the
 * notice of intent to present medical records, and what can be drafted now. Every date comes from
 * the rules library's computation of the stored facts.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly sources: DocumentSourceReader,
    private readonly maker: DocumentMaker,
    private readonly safeContact: SafeContactService,
  ) {}

  async options(actor: Actor, caseId: string): Promise<DocumentOptionsResponse> {
    return this.dataSource.transaction(async (manager) => {
      const caseRow = await this.access.getVisible(actor, caseId, manager);
      const source = await this.sources.load(manager, actor.organisationId, caseId, actor.userId);
      const view = await this.safeContact.standing(manager, actor.organisationId, caseRow.clientId);
      const standing = { mail: view?.mail ?? null, hasSafeAddress: view?.hasSafeAddress ?? false };
      return toDocumentOptions(source, standing.mail, allowedChannels(standing));
    });
  }

  async extensionMotion(
    actor: Actor,
    caseId: string,
    dto: ExtensionMotionDto,
  ): Promise<GeneratedDocument> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertVisible(actor, caseId, manager);
      const source = await this.sources.load(manager, actor.organisationId, caseId, actor.userId);
      const { data } = motionData(source, dto.orderId, dto.grounds);
      return this.maker.make(manager, actor, caseId, {
        kind: 'extension_motion',
        templateKey: 'extension_motion',
        data,
        format: 'docx',
        language: null,
        fileName: `motion-to-extend-${source.names.caseReference}`,
        includesConfidential: false,
        fileOnCase: dto.fileOnCase === true,
      });
    });
  }

  async medicalNotice(
    actor: Actor,
    caseId: string,
    dto: MedicalNoticeDto,
  ): Promise<GeneratedDocument> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertVisible(actor, caseId, manager);
      const source = await this.sources.load(manager, actor.organisationId, caseId, actor.userId);
      const { data } = medicalNoticeData(source, dto.hearingId);
      return this.maker.make(manager, actor, caseId, {
        kind: 'medical_notice',
        templateKey: 'medical_notice',
        data,
        format: 'docx',
        language: null,
        fileName: `medical-records-notice-${source.names.caseReference}`,
        includesConfidential: false,
        fileOnCase: dto.fileOnCase === true,
      });
    });
  }
}

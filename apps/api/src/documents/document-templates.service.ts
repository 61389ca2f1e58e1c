import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import {
  TEMPLATE_KEYS,
  type TemplateKey,
  type TemplateListResponse,
  type TemplateResponse,
} from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';

import { toTemplateResponse } from './dto/template.response';
import { templateProblems } from './docx-template';
import { DocumentTemplatesRepository } from './document-templates.repository';
import { builtinTemplate, TEMPLATE_SPECS } from './template-catalogue';

/** The largest template accepted (a letterhead image fits easily). */
export const TEMPLATE_MAX_BYTES = 2 * 1024 * 1024;

/** An uploaded file as the multipart reader hands it over. */
export interface UploadedTemplate {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/** The template a document is made from, and the version that names it (0: the shipped one). */
export interface TemplateInUse {
  key: TemplateKey;
  version: number;
  content: Buffer;
}

/**
 * An organisation's templates: the shipped version 0 until an admin uploads its own. An upload is
 * checked before anything is stored (a DOCX; every placeholder known; every required one there),
 * so a refused one leaves the version in use as it was.
 */
@Injectable()
export class DocumentTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly templates: DocumentTemplatesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor): Promise<TemplateListResponse> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.templates.findVersionsByOrg(manager, actor.organisationId);
      return {
        items: TEMPLATE_KEYS.map((key) =>
          toTemplateResponse(
            TEMPLATE_SPECS[key],
            rows.filter((r) => r.templateKey === key),
            sha256(builtinTemplate(key)),
          ),
        ),
      };
    });
  }

  /** The file in use for `key`, to download and edit. */
  async currentFile(
    actor: Actor,
    key: TemplateKey,
  ): Promise<{ fileName: string; version: number; content: Buffer }> {
    return this.dataSource.transaction(async (manager) => {
      const used = await this.inUse(manager, actor.organisationId, key);
      const stored = await this.templates.getCurrentOrNull(manager, actor.organisationId, key);
      return {
        fileName: stored?.fileName ?? `${key}.docx`,
        version: used.version,
        content: used.content,
      };
    });
  }

  async upload(
    actor: Actor,
    key: TemplateKey,
    file: UploadedTemplate | undefined,
  ): Promise<TemplateResponse> {
    if (!file || file.size === 0) {
      throw new DomainError('TEMPLATE_REFUSED', 'invalid', 'is required (a .docx file)', 'file');
    }
    const problems = templateProblems(TEMPLATE_SPECS[key], file.buffer);
    if (problems.length > 0) {
      throw new DomainError('TEMPLATE_REFUSED', 'invalid', problems.join('; '), 'file');
    }
    const orgId = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      await this.templates.lockKey(manager, orgId, key);
      const hash = sha256(file.buffer);
      const version = await this.templates.insertNext(manager, {
        organisationId: orgId,
        templateKey: key,
        fileName: safeFileName(file.originalname, key),
        content: file.buffer,
        sha256: hash,
        uploadedBy: actor.userId,
        uploadedAt: this.clock.now(),
      });
      await this.audit.record(
        {
          action: 'template_uploaded',
          organisationId: orgId,
          actorUserId: actor.userId,
          targetType: 'document_template',
          targetId: key,
          details: { templateKey: key, version, sha256: hash },
        },
        manager,
      );
      const rows = await this.templates.findVersionsByOrg(manager, orgId);
      return toTemplateResponse(
        TEMPLATE_SPECS[key],
        rows.filter((r) => r.templateKey === key),
        sha256(builtinTemplate(key)),
      );
    });
  }

  /** The template a document is made from now, in the caller's transaction. */
  async inUse(
    manager: EntityManager,
    organisationId: string,
    key: TemplateKey,
  ): Promise<TemplateInUse> {
    const stored = await this.templates.getCurrentOrNull(manager, organisationId, key);
    return stored
      ? { key, version: stored.version, content: stored.content }
      : { key, version: 0, content: builtinTemplate(key) };
  }
}

function sha256(file: Buffer): string {
  return createHash('sha256').update(file).digest('hex');
}

/** A file name kept for the version list: its last path part, printable, at most 200 characters. */
function safeFileName(name: string, key: TemplateKey): string {
  const base = (name.split(/[\\/]/).at(-1) ?? '').replace(/[^\w .()-]/g, '_').slice(0, 200);
  return base.trim() === '' ? `${key}.docx` : base;
}

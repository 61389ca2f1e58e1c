import { access } from 'node:fs/promises';
import { join } from 'node:path';

import { Injectable } from '@nestjs/common';

import type {
  CreateExportRequest,
  ExportFilters,
  ExportListResponse,
  ExportResponse,
} from '@haven/contracts';
import { addDays } from '@haven/rules';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';
import { roleHasPermission } from '@api/common/permissions';
import { currentRequest } from '@api/common/request-context';
import { AppConfig } from '@api/config/app-config';

import { ExportsRepository, type ExportRow } from './exports.repository';
import { ExportsProducer } from './jobs/exports.producer';

/** What the controller streams for a download. */
export interface ExportDownload {
  path: string;
  downloadName: string;
  contentType: string;
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/**
 * Asking for an export, following it and downloading it. An export belongs to the user who asked
 * for it: anyone else, in or out of the organisation, gets the same 404 as for an unknown id
 * (security-checks A1, E3), with an access_denied audit row.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly repo: ExportsRepository,
    private readonly producer: ExportsProducer,
    private readonly audit: AuditService,
    private readonly denials: AccessDenials,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async create(actor: Actor, dto: CreateExportRequest): Promise<ExportResponse> {
    const filters = this.checked(actor, dto);
    const includeConfidential = dto.includeConfidential === true;
    if (includeConfidential && !roleHasPermission(actor.role, 'case:reveal_confidential')) {
      await this.audit.record({
        action: 'export',
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        targetType: 'export',
        details: {
          kind: dto.kind,
          format: dto.format,
          filters: JSON.stringify(filters),
          rowCount: 0,
          confidential: true,
          outcome: 'refused',
        },
      });
      throw new DomainError(
        'EXPORT_CONFIDENTIAL_FORBIDDEN',
        'forbidden',
        'your role may not export confidential fields',
        'includeConfidential',
      );
    }
    const request = currentRequest();
    const row = await this.repo.insert({
      organisationId: actor.organisationId,
      userId: actor.userId,
      kind: dto.kind,
      format: dto.format,
      filters,
      forExcel: dto.forExcel === true,
      includeConfidential,
      requestId: request.requestId,
      ip: request.ip,
      createdAt: this.clock.now(),
    });
    await this.producer.enqueue(row.id);
    return this.toResponse(row);
  }

  async list(actor: Actor, limit = 20): Promise<ExportListResponse> {
    const rows = await this.repo.listByUser(actor.organisationId, actor.userId, limit);
    return { items: rows.map((r) => this.toResponse(r)) };
  }

  async get(actor: Actor, id: string): Promise<ExportResponse> {
    return this.toResponse(await this.ownOrDeny(actor, id));
  }

  async download(actor: Actor, id: string): Promise<ExportDownload> {
    const row = await this.ownOrDeny(actor, id);
    const live =
      row.status === 'done' &&
      row.fileName !== null &&
      row.expiresAt !== null &&
      row.expiresAt.getTime() > this.clock.now().getTime();
    if (!live) throw notReady();
    const path = join(this.config.exports.dir, row.fileName as string);
    try {
      await access(path);
    } catch {
      throw notReady();
    }
    const day = (row.finishedAt ?? row.createdAt).toISOString().slice(0, 10);
    return {
      path,
      downloadName: `haven-${row.kind.replace('_', '-')}-${day}.${row.format}`,
      contentType: CONTENT_TYPES[row.format],
    };
  }

  private async ownOrDeny(actor: Actor, id: string): Promise<ExportRow> {
    const row = await this.repo.find(actor.organisationId, id);
    if (row && row.userId === actor.userId) return row;
    await this.denials.deny(actor, 'export', id);
    throw new DomainError('EXPORT_NOT_FOUND', 'not_found', 'No such export.');
  }

  /** The combinations a request may ask for, and the filters it stores (the board's horizon as dates). */
  private checked(actor: Actor, dto: CreateExportRequest): ExportFilters {
    const filters: ExportFilters = { ...(dto.filters ?? {}) };
    const report = dto.kind === 'deadline_report';
    if (report !== (dto.format === 'pdf')) {
      throw invalid(
        'format',
        report ? 'the deadline report is a PDF' : 'must be csv or xlsx for a list',
      );
    }
    if (report && !roleHasPermission(actor.role, 'board:read')) {
      throw new DomainError(
        'EXPORT_REPORT_FORBIDDEN',
        'forbidden',
        'the deadline report is for supervisors',
        'kind',
      );
    }
    if (report && !filters.from)
      throw invalid('filters.from', 'the first day of the report is required');
    if (dto.forExcel && dto.format !== 'csv') throw invalid('forExcel', 'applies to CSV only');
    if (dto.includeConfidential && dto.kind !== 'cases') {
      throw invalid('includeConfidential', 'only a cases export has confidential columns');
    }
    if (filters.from && filters.to && filters.from > filters.to) {
      throw invalid('filters.to', 'must not be before filters.from');
    }
    if (typeof filters.days === 'number') {
      // The board's horizon: overdue ones too, through `days` ahead of today in Virginia.
      filters.to = addDays(virginiaDate(this.clock.now()), filters.days);
    }
    return filters;
  }

  private toResponse(row: ExportRow): ExportResponse {
    return {
      id: row.id,
      kind: row.kind,
      format: row.format,
      status: row.status,
      progress: row.progress,
      rowCount: row.rowCount,
      includeConfidential: row.includeConfidential,
      createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
      expiresAt: row.expiresAt?.toISOString() ?? null,
      downloadPath: row.status === 'done' ? `/api/exports/${row.id}/file` : null,
    };
  }
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('EXPORT_INVALID', 'invalid', message, field);
}

function notReady(): DomainError {
  return new DomainError('EXPORT_NOT_FOUND', 'not_found', 'No such export.');
}

import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { Injectable } from '@nestjs/common';

import type { ExportFilters, ExportKind } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import { Clock } from '@api/common/clock/clock';
import { AppConfig } from '@api/config/app-config';
import { FieldCipher } from '@api/crypto/field-cipher';
import { secretContext } from '@api/parties/confidential-fields';

import { cursorRows } from './cursor-rows';
import {
  CONFIDENTIAL_CASE_COLUMNS,
  deadlineReportQuery,
  exportQuery,
  plainCells,
  type ExportScope,
} from './export-sources';
import { reportPeriod } from './report-period';
import { ExportsRepository, type ExportRow } from './exports.repository';
import type { Cell } from './writers/cell-safety';
import { CsvWriter } from './writers/csv-writer';
import { DeadlineReportPdf } from './writers/pdf-report';
import type { RowWriter } from './writers/row-writer';
import { XlsxWriter } from './writers/xlsx-writer';

const DAY_MS = 86_400_000;

/** The scope an export row was asked under: advocates see their own cases, as on the screens. */
export function scopeOf(
  row: Pick<ExportRow, 'organisationId' | 'userId'>,
  role: string,
): ExportScope {
  return {
    organisationId: row.organisationId,
    advocateId: role === 'advocate' ? row.userId : null,
    userId: row.userId,
  };
}

/**
 * Runs one export from a database cursor straight into its file, then, in one transaction, marks
 * it done, records the cases a confidential export carried and writes its audit row: a file is
 * only downloadable once its audit row has committed (security-checks E2, F4).
 */
@Injectable()
export class ExportRunner {
  constructor(
    private readonly repo: ExportsRepository,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** The directory finished files live in (never one the web server serves). */
  get directory(): string {
    return this.config.exports.dir;
  }

  async run(exportId: string, onProgress: (percent: number) => Promise<void>): Promise<void> {
    const row = await this.repo.findForWorker(exportId);
    if (!row || !(await this.repo.markRunning(row.id, this.clock.now()))) return;
    const role = await this.roleOf(row);
    const scope = scopeOf(row, role ?? 'none');
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    // 32 random bytes: the name is unguessable, and carries nothing about the export.
    const fileName = `${randomBytes(32).toString('base64url')}.${row.format}`;
    const finalPath = join(this.directory, fileName);
    const partPath = `${finalPath}.part`;
    try {
      const carried: Array<{ caseId: string; clientId: string }> = [];
      const rowCount = await this.write(row, scope, partPath, carried, onProgress);
      await rename(partPath, finalPath);
      const { size } = await stat(finalPath);
      const finishedAt = this.clock.now();
      await this.repo.source.transaction(async (manager) => {
        await this.repo.markDone(manager, row.id, {
          rowCount,
          fileName,
          byteSize: size,
          finishedAt,
          expiresAt: new Date(finishedAt.getTime() + this.config.exports.retentionDays * DAY_MS),
        });
        if (row.includeConfidential) {
          await this.repo.recordCases(manager, row.id, row.organisationId, carried);
        }
        await this.audit.record(
          {
            action: 'export',
            organisationId: row.organisationId,
            actorUserId: row.userId,
            targetType: 'export',
            targetId: row.id,
            requestId: row.requestId,
            ip: row.ip,
            details: {
              kind: row.kind,
              format: row.format,
              filters: JSON.stringify(row.filters),
              rowCount,
              confidential: row.includeConfidential,
              outcome: 'done',
            },
          },
          manager,
        );
      });
    } catch (err) {
      await rm(partPath, { force: true });
      await rm(finalPath, { force: true });
      throw err;
    }
  }

  private async roleOf(row: ExportRow): Promise<string | null> {
    const [user] = (await this.repo.source.query(
      'select role from app_user where id = $1 and organisation_id = $2',
      [row.userId, row.organisationId],
    )) as Array<{ role: string }>;
    return user?.role ?? null;
  }

  private async write(
    row: ExportRow,
    scope: ExportScope,
    path: string,
    carried: Array<{ caseId: string; clientId: string }>,
    onProgress: (percent: number) => Promise<void>,
  ): Promise<number> {
    const runner = this.repo.cursorRunner();
    await runner.connect();
    try {
      if (row.kind === 'deadline_report') {
        return await this.writeReport(row, scope, path, runner, onProgress);
      }
      const kind = row.kind;
      const query = exportQuery(kind, scope, row.filters, row.includeConfidential);
      const writer = this.writerFor(row, path);
      await writer.header(query.columns);
      let total = 0;
      let done = 0;
      let reported = 0;
      for await (const batch of cursorRows(runner, row.organisationId, query, (n) => {
        total = n;
      })) {
        await writer.rows(batch.map((r) => this.cells(kind, r, row.includeConfidential, carried)));
        done += batch.length;
        const percent = total === 0 ? 100 : Math.min(99, Math.floor((done * 100) / total));
        if (percent >= reported + 2) {
          reported = percent;
          await onProgress(percent);
        }
      }
      await writer.finish();
      return done;
    } finally {
      await runner.release();
    }
  }

  private cells(
    kind: Exclude<ExportKind, 'deadline_report'>,
    r: Record<string, unknown>,
    confidential: boolean,
    carried: Array<{ caseId: string; clientId: string }>,
  ): Cell[] {
    const cells = plainCells(kind, r);
    if (!confidential || kind !== 'cases') return cells;
    carried.push({ caseId: r['case_id'] as string, clientId: r['client_id'] as string });
    for (const c of CONFIDENTIAL_CASE_COLUMNS) {
      const sealed = r[c.column] as string | null;
      const partyId = (c.party === 'client' ? r['client_id'] : r['respondent_id']) as string;
      cells.push(
        sealed === null
          ? null
          : (this.cipher.openOrNull(sealed, secretContext(c.party, partyId, c.field)) ??
              'unavailable'),
      );
    }
    return cells;
  }

  private writerFor(row: ExportRow, path: string): RowWriter {
    if (row.format === 'xlsx') return new XlsxWriter(path, row.kind);
    return new CsvWriter(createWriteStream(path, { mode: 0o600 }), { bom: row.forExcel });
  }

  private async writeReport(
    row: ExportRow,
    scope: ExportScope,
    path: string,
    runner: Parameters<typeof cursorRows>[0],
    onProgress: (percent: number) => Promise<void>,
  ): Promise<number> {
    const { from, to } = reportPeriod(
      row.filters as Required<Pick<ExportFilters, 'from'>> & ExportFilters,
    );
    const [org] = (await this.repo.source.query('select name from organisation where id = $1', [
      row.organisationId,
    ])) as Array<{ name: string }>;
    const pdf = new DeadlineReportPdf(createWriteStream(path, { mode: 0o600 }), {
      organisation: org?.name ?? '',
      from,
      to,
      generatedAt: this.clock.now().toISOString().slice(0, 16).replace('T', ' '),
    });
    const query = deadlineReportQuery(scope, from, to);
    let total = 0;
    let done = 0;
    for await (const batch of cursorRows(runner, row.organisationId, query, (n) => {
      total = n;
    })) {
      for (const r of batch) {
        pdf.add({
          advocate: r['advocate'] as string | null,
          reference: r['reference'] as string,
          kind: r['kind'] as string,
          ruleId: r['rule_id'] as string,
          dueOn: r['due_on'] as string,
          dueTime: r['due_time'] as string | null,
          citation: r['citation'] as string,
          explanation: r['explanation'] as string,
        });
      }
      done += batch.length;
      await pdf.drain();
      await onProgress(total === 0 ? 99 : Math.min(99, Math.floor((done * 100) / total)));
    }
    await pdf.finish();
    return done;
  }
}

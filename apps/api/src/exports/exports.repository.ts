import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

import type { ExportFilters, ExportFormat, ExportKind, ExportStatus } from '@haven/contracts';

import { ReadReplica } from '@api/database/read-replica';

/** An export_file row as the API and the worker read it. */
export interface ExportRow {
  id: string;
  organisationId: string;
  userId: string;
  kind: ExportKind;
  format: ExportFormat;
  filters: ExportFilters;
  forExcel: boolean;
  includeConfidential: boolean;
  status: ExportStatus;
  progress: number;
  rowCount: number | null;
  fileName: string | null;
  failure: string | null;
  requestId: string | null;
  ip: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date | null;
}

const COLUMNS = `id, organisation_id as "organisationId", user_id as "userId", kind, format, filters,
  for_excel as "forExcel", include_confidential as "includeConfidential", status, progress,
  row_count as "rowCount", file_name as "fileName", failure, request_id as "requestId", ip,
  created_at as "createdAt", finished_at as "finishedAt", expires_at as "expiresAt"`;

export type NewExport = Pick<
  ExportRow,
  | 'organisationId'
  | 'userId'
  | 'kind'
  | 'format'
  | 'filters'
  | 'forExcel'
  | 'includeConfidential'
  | 'requestId'
  | 'ip'
  | 'createdAt'
>;

/** The only file of the feature that touches export_file and export_case. */
@Injectable()
export class ExportsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly replica: ReadReplica,
  ) {}

  async insert(row: NewExport): Promise<ExportRow> {
    const [created] = (await this.dataSource.query(
      `insert into export_file (organisation_id, user_id, kind, format, filters, for_excel,
         include_confidential, request_id, ip, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${COLUMNS}`,
      [
        row.organisationId,
        row.userId,
        row.kind,
        row.format,
        JSON.stringify(row.filters),
        row.forExcel,
        row.includeConfidential,
        row.requestId,
        row.ip,
        row.createdAt,
      ],
    )) as [ExportRow];
    return created;
  }

  async find(
    organisationId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<ExportRow | null> {
    const [row] = (await (manager ?? this.dataSource).query(
      `select ${COLUMNS} from export_file where organisation_id = $1 and id = $2`,
      [organisationId, id],
    )) as ExportRow[];
    return row ?? null;
  }

  /** The worker's read: by id alone (the job carries only the id), then scoped by its organisation. */
  async findForWorker(id: string): Promise<ExportRow | null> {
    const [row] = (await this.dataSource.query(`select ${COLUMNS} from export_file where id = $1`, [
      id,
    ])) as ExportRow[];
    return row ?? null;
  }

  listByUser(organisationId: string, userId: string, limit: number): Promise<ExportRow[]> {
    return this.dataSource.query(
      `select ${COLUMNS} from export_file where organisation_id = $1 and user_id = $2
        order by created_at desc, id desc limit $3`,
      [organisationId, userId, limit],
    ) as Promise<ExportRow[]>;
  }

  /** Claims a queued (or retried) export for this attempt; false when it is already finished. */
  async markRunning(id: string, now: Date): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `update export_file set status = 'running', started_at = $2, progress = 0, failure = null
        where id = $1 and status in ('queued', 'running', 'failed') returning id`,
      [id, now],
    )) as [unknown[], number];
    return rows[1] > 0;
  }

  async setProgress(id: string, progress: number): Promise<void> {
    await this.dataSource.query(
      `update export_file set progress = $2 where id = $1 and status = 'running'`,
      [id, progress],
    );
  }

  async markDone(
    manager: EntityManager,
    id: string,
    done: {
      rowCount: number;
      fileName: string;
      byteSize: number;
      finishedAt: Date;
      expiresAt: Date;
    },
  ): Promise<void> {
    await manager.query(
      `update export_file set status = 'done', progress = 100, row_count = $2, file_name = $3,
              byte_size = $4, finished_at = $5, expires_at = $6
        where id = $1`,
      [id, done.rowCount, done.fileName, done.byteSize, done.finishedAt, done.expiresAt],
    );
  }

  async markFailed(id: string, failure: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `update export_file set status = 'failed', failure = $2, finished_at = $3
        where id = $1 and status <> 'done'`,
      [id, failure, now],
    );
  }

  /** Which cases (and so clients) a confidential export carried, for breach scoping (F3). */
  async recordCases(
    manager: EntityManager,
    exportId: string,
    organisationId: string,
    cases: ReadonlyArray<{ caseId: string; clientId: string }>,
  ): Promise<void> {
    for (let i = 0; i < cases.length; i += 5000) {
      const slice = cases.slice(i, i + 5000);
      await manager.query(
        `insert into export_case (export_id, organisation_id, case_id, client_id)
         select $1, $2, c, k from unnest($3::uuid[], $4::uuid[]) as t(c, k)
         on conflict do nothing`,
        [exportId, organisationId, slice.map((s) => s.caseId), slice.map((s) => s.clientId)],
      );
    }
  }

  /** Finished files past their expiry, oldest first. */
  findExpired(now: Date, limit: number): Promise<Array<{ id: string; fileName: string | null }>> {
    return this.dataSource.query(
      `select id, file_name as "fileName" from export_file
        where status = 'done' and expires_at <= $1 order by expires_at limit $2`,
      [now, limit],
    ) as Promise<Array<{ id: string; fileName: string | null }>>;
  }

  async markExpired(id: string): Promise<void> {
    await this.dataSource.query(
      `update export_file set status = 'expired', file_name = null where id = $1 and status = 'done'`,
      [id],
    );
  }

  /** Queued exports whose job never reached Redis (it was down when they were asked for). */
  findStranded(before: Date): Promise<Array<{ id: string }>> {
    return this.dataSource.query(
      `select id from export_file where status = 'queued' and created_at < $1 limit 100`,
      [before],
    ) as Promise<Array<{ id: string }>>;
  }

  get source(): DataSource {
    return this.dataSource;
  }

  /** A connection for the export's cursor: the read replica's when there is one. */
  cursorRunner(): QueryRunner {
    return this.replica.createQueryRunner();
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type {
  ReportDrillItem,
  ReportDrillResponse,
  ReportListResponse,
  ReportRunResponse,
  ReportSection,
} from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { ReadReplica } from '@api/database/read-replica';
import { DomainError } from '@api/common/errors/domain-error';
import { CaseAccess } from '@api/case-files/case-access';

import { REPORT_DEFINITIONS } from './definitions';
import type { ReportDrillQueryDto, RunReportQueryDto } from './dto/report.query';
import { reportCsv } from './report-csv';
import { withheldCells } from './small-counts';
import type { ReportDefinition } from './report-definition';
import {
  casesBehindCell,
  cellKey,
  evaluateReport,
  isCellOf,
  type ReportScope,
  type SectionCounts,
} from './report-engine';
import { CALENDAR_PARTS, reportPeriod } from './report-periods';
import { ReportsRepository } from './reports.repository';

const COUNTING_LABELS: Readonly<Record<string, string>> = {
  people: 'Individuals (unduplicated)',
  cases: 'Cases',
  times: 'Times',
  median_days: 'Days',
};

/**
 * Runs funder reports and lists the cases behind a count. Each run reads one snapshot of the
 * database (REPEATABLE READ), so the sections of a report agree with each other, and writes its
 * audit row in the same transaction.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    // Runs and drill-downs read one snapshot and write nothing in it: the replica's work.
    private readonly replica: ReadReplica,
    private readonly reports: ReportsRepository,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<ReportListResponse> {
    const threshold = await this.dataSource.transaction((m) =>
      this.reports.smallCountThreshold(m, actor.organisationId),
    );
    return {
      items: Object.values(REPORT_DEFINITIONS).map((d) => ({
        id: d.id,
        title: d.title,
        funders: d.funders === null ? null : [...d.funders],
        calendar: d.calendar,
        parts: CALENDAR_PARTS[d.calendar],
        description: d.description,
      })),
      smallCountThreshold: threshold,
    };
  }

  async run(actor: Actor, query: RunReportQueryDto): Promise<ReportRunResponse> {
    const definition = REPORT_DEFINITIONS[query.report];
    const period = reportPeriod(definition.calendar, query.year, query.part ?? 1);
    const { scope, threshold, sections } = await this.replica.transaction(
      'REPEATABLE READ',
      async (manager) => {
        const inScope = await this.scope(manager, actor, definition, query, period);
        const smallCounts = await this.reports.smallCountThreshold(manager, actor.organisationId);
        const counted = await evaluateReport(manager, definition, inScope);
        return {
          scope: inScope,
          threshold: smallCounts,
          sections: counted.map((s) => toSection(s, smallCounts)),
        };
      },
    );
    // Its own transaction: the audit chain numbers rows under a lock that a REPEATABLE READ
    // snapshot cannot see past (migration 1795490000100). No numbers leave without the row.
    await this.audit.record({
      action: 'report_run',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'report',
      targetId: definition.id,
      details: {
        from: period.from,
        to: period.to,
        fundingSourceId: scope.fundingSourceId,
        smallCountThreshold: threshold,
      },
    });
    return {
      report: definition.id,
      title: definition.title,
      period: { label: period.label, from: period.from, to: period.to },
      sections,
      csv: reportCsv(definition.title, period.label, sections),
      csvFilename: `${definition.id}-${period.from}-${period.to}.csv`,
    };
  }

  /**
   * The cases behind one count, for a user who may read them: CaseAccess decides each case (and
   * audits a refusal); the cases it refuses are left out and counted. The drill-down itself is
   * audited with the cell it opened.
   */
  async drill(actor: Actor, query: ReportDrillQueryDto): Promise<ReportDrillResponse> {
    const definition = REPORT_DEFINITIONS[query.report];
    const period = reportPeriod(definition.calendar, query.year, query.part ?? 1);
    const section = definition.sections.find((s) => s.id === query.section);
    if (!section) {
      throw new DomainError(
        'UNKNOWN_SECTION',
        'invalid',
        'must name a section of the report',
        'section',
      );
    }
    if (!isCellOf(section, period, query.row, query.column)) {
      const rowOk = isCellOf(section, period, query.row, firstColumn(section, query.column));
      throw new DomainError(
        'UNKNOWN_CELL',
        'invalid',
        'must name a cell of the section',
        rowOk ? 'column' : 'row',
      );
    }
    const result = await this.replica.transaction('REPEATABLE READ', async (manager) => {
      const scope = await this.scope(manager, actor, definition, query, period);
      const behind = await casesBehindCell(
        manager,
        definition,
        scope,
        section,
        query.row,
        query.column,
      );
      const caseIds = [...new Set(behind.flatMap((b) => (b.caseId ? [b.caseId] : [])))];
      const cases = await this.reports.findCases(manager, actor.organisationId, caseIds);
      const names = await this.reports.clientNames(
        manager,
        actor.organisationId,
        cases.map((c) => c.clientId),
      );
      const items: ReportDrillItem[] = [];
      let hidden = 0;
      for (const found of cases) {
        try {
          await this.access.visibleOrDeny(actor, found.id, found, manager);
          items.push({
            caseId: found.id,
            reference: found.reference,
            clientName: names.get(found.clientId) ?? null,
            openedOn: found.openedOn,
            note: null,
          });
        } catch (err) {
          if (!(err instanceof DomainError) || err.code !== 'CASE_NOT_FOUND') throw err;
          hidden += 1;
        }
      }
      items.sort((a, b) => (a.reference ?? '').localeCompare(b.reference ?? ''));
      for (const b of behind) {
        if (!b.caseId && b.note) {
          items.push({
            caseId: null,
            reference: null,
            clientName: null,
            openedOn: null,
            note: b.note,
          });
        }
      }
      return { items, hidden };
    });
    await this.audit.record({
      action: 'report_drilldown',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'report',
      targetId: definition.id,
      details: {
        section: section.id,
        row: query.row,
        column: query.column,
        from: period.from,
        to: period.to,
        listed: result.items.length,
        hidden: result.hidden,
      },
    });
    return result;
  }

  async saveSettings(actor: Actor, smallCountThreshold: number): Promise<ReportListResponse> {
    await this.dataSource.transaction(async (manager) => {
      await this.reports.saveThreshold(
        manager,
        actor.organisationId,
        smallCountThreshold,
        actor.userId,
      );
      await this.audit.record(
        {
          action: 'report_settings_changed',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          details: { smallCountThreshold },
        },
        manager,
      );
    });
    return this.list(actor);
  }

  private async scope(
    manager: EntityManager,
    actor: Actor,
    definition: ReportDefinition,
    query: RunReportQueryDto,
    period: ReportScope['period'],
  ): Promise<ReportScope> {
    const fundingSourceId = query.fundingSourceId ?? null;
    if (fundingSourceId) {
      const funder = await this.reports.fundingSourceFunder(
        manager,
        actor.organisationId,
        fundingSourceId,
      );
      if (
        funder === null ||
        (definition.funders !== null && !definition.funders.includes(funder))
      ) {
        throw new DomainError(
          'FUNDING_SOURCE_NOT_FOUND',
          'invalid',
          `must name a ${definition.funders?.join(' or ') ?? ''} funding source of the organisation`.replace(
            '  ',
            ' ',
          ),
          'fundingSourceId',
        );
      }
    }
    return { organisationId: actor.organisationId, period, fundingSourceId };
  }
}

function firstColumn(section: ReportDefinition['sections'][number], fallback: string): string {
  if ('measures' in section.columns) return section.columns.measures[0]?.key ?? fallback;
  const categories = section.columns.categories;
  return Array.isArray(categories) ? (categories[0]?.key ?? fallback) : fallback;
}

/**
 * Lays out a section's counts; a count under the threshold shows as "<N" with no number, a count
 * withheld so that one cannot be worked out from the total as "*", a withheld median as "–".
 */
function toSection(counts: SectionCounts, threshold: number): ReportSection {
  const { section } = counts;
  const withheld = withheldCells(counts, threshold);
  return {
    id: section.id,
    title: section.title,
    counting: COUNTING_LABELS[section.counting] ?? section.counting,
    columns: counts.columns.map(({ key, label }) => ({ key, label })),
    drillable: true,
    rows: counts.rows.map((row) => ({
      key: row.key,
      label: row.label,
      cells: counts.columns.map((column) => {
        const value = counts.counts.get(cellKey(row.key, column.key));
        const isCount = !('measures' in section.columns) || column.key !== 'median_days';
        if (value === undefined) {
          return { column: column.key, count: isCount ? 0 : null, display: isCount ? '0' : '–' };
        }
        const hidden = withheld.get(cellKey(row.key, column.key));
        if (hidden === undefined)
          return { column: column.key, count: value, display: String(value) };
        const display = !isCount ? '–' : hidden === 'small' ? `<${threshold}` : '*';
        return { column: column.key, count: null, display };
      }),
    })),
  };
}

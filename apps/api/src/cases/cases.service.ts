import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { CaseDetailResponse, CaseListResponse, CaseSummaryResponse } from '@haven/contracts';
import { addDays } from '@haven/rules';

import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { CaseDeadlinesRepository } from '@api/case-computation/case-deadlines.repository';

import { CaseAccess, caseNotFound } from '@api/case-files/case-access';
import { decodeCaseCursor, encodeCaseCursor } from './case-cursor';
import type { CasePageOptions } from './caseload-query';
import { CasesRepository } from './cases.repository';
import { toCaseDetailResponse, toCaseSummaryResponse } from './dto/case.response';
import type { ListCasesQuery } from './dto/list-cases.query';
import { eligibilityOfCase } from './eligibility';

/** Reading cases: caseloads and the case page. */
@Injectable()
export class CasesService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly deadlines: CaseDeadlinesRepository,
    private readonly access: CaseAccess,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Advocates see their own caseload; supervisors and staff see the organisation's. */
  async list(actor: Actor, query: ListCasesQuery): Promise<CaseListResponse> {
    const limit = query.limit ?? 25;
    const sort = query.sort ?? 'newest';
    const options: CasePageOptions = {
      advocateId: actor.role === 'advocate' ? actor.userId : null,
      sort,
      ...(query.stage ? { stage: query.stage } : {}),
      ...(query.orderKind ? { orderKind: query.orderKind } : {}),
      ...(query.courtId ? { courtId: query.courtId } : {}),
      ...(query.locality ? { locality: query.locality } : {}),
      ...(query.q ? { search: query.q } : {}),
    };
    const after = query.cursor ? decodeCaseCursor(query.cursor, sort) : null;
    const today = virginiaDate(this.clock.now());
    // One transaction for the page's four reads: the tenant setting is bound once, not per
    // statement (issue 18: round trips were most of a caseload request's time).
    const { rows, page, next, dueSoon } = await this.dataSource.transaction(async (manager) => {
      const rows = await this.cases.findPageByOrg(
        actor.organisationId,
        { ...options, after, limit: limit + 1 },
        manager,
      );
      const page = rows.slice(0, limit);
      const next = await this.deadlines.findNextOpenByCases(
        actor.organisationId,
        page.map(({ row }) => row.id),
        manager,
      );
      const dueSoon = await this.cases.countDueSoon(
        actor.organisationId,
        options,
        today,
        addDays(today, 7),
        manager,
      );
      return { rows, page, next, dueSoon };
    });
    const last = page[page.length - 1];
    return {
      items: page.map(({ row }) => toCaseSummaryResponse(row, next.get(row.id) ?? null)),
      nextCursor:
        rows.length > limit && last
          ? encodeCaseCursor({ sort, key: last.key, id: last.row.id })
          : null,
      dueSoon,
    };
  }

  async get(actor: Actor, caseId: string): Promise<CaseDetailResponse> {
    const row = await this.access.visibleOrDeny(
      actor,
      caseId,
      await this.cases.getByIdOrNull(actor.organisationId, caseId),
    );
    const deadlines = await this.deadlines.findByCase(actor.organisationId, caseId);
    return toCaseDetailResponse(row, deadlines, eligibilityOfCase(row));
  }

  /** One caseload row, as just written (after intake or reassignment). */
  async summary(organisationId: string, caseId: string): Promise<CaseSummaryResponse> {
    const row = await this.cases.getByIdOrNull(organisationId, caseId);
    if (!row) throw caseNotFound();
    const next = await this.deadlines.findNextOpenByCases(organisationId, [caseId]);
    return toCaseSummaryResponse(row, next.get(caseId) ?? null);
  }
}

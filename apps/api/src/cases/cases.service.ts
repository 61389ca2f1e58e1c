import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import {
  CASE_SEARCH_COUNT_CAP,
  type CaseDetailResponse,
  type CaseListResponse,
  type CaseSummaryResponse,
} from '@haven/contracts';
import { addDays } from '@haven/rules';

import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';

import { CaseAccess, caseNotFound } from '@api/case-files/case-access';
import { decodeCaseCursor, encodeCaseCursor } from './case-cursor';
import { caseloadCounts } from './caseload-counts';
import {
  containsPattern,
  referenceOrNull,
  type CasePageOptions,
  type CaseSearch,
} from './caseload-query';
import { CasesRepository } from './cases.repository';
import { toCaseDetailResponse, toCaseSummaryResponse } from './dto/case.response';
import type { ListCasesQuery } from './dto/list-cases.query';
import { eligibilityOfCase } from './eligibility';

/** Reading cases: caseloads and the case page. */
@Injectable()
export class CasesService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly access: CaseAccess,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Advocates see their own caseload; supervisors and staff see the organisation's. */
  async list(actor: Actor, query: ListCasesQuery): Promise<CaseListResponse> {
    const limit = query.limit ?? 25;
    const sort = query.sort ?? 'newest';
    const filters: CasePageOptions = {
      advocateId: actor.role === 'advocate' ? actor.userId : null,
      sort,
      ...(query.stage ? { stage: query.stage } : {}),
      ...(query.orderKind ? { orderKind: query.orderKind } : {}),
      ...(query.courtId ? { courtId: query.courtId } : {}),
      ...(query.locality ? { locality: query.locality } : {}),
    };
    const after = query.cursor ? decodeCaseCursor(query.cursor, sort) : null;
    const today = virginiaDate(this.clock.now());
    const weekAhead = addDays(today, 7);
    // The page and its counts are one statement, a text search's probe one more (issue 18: round
    // trips were most of a caseload request's time). Each runs outside any transaction of ours, so
    // the tenant setting's START and the COMMIT go with it in one round trip (tenant-connection.ts).
    // The page needs no snapshot shared with the probe: it reads the probe's matches by id, and
    // its counts come from its own statement.
    const manager = this.dataSource.manager;
    const search = query.q ? await this.resolveSearch(query.q, manager) : undefined;
    const options: CasePageOptions = { ...filters, ...(search ? { search } : {}) };
    const plan = caseloadCounts(actor.organisationId, options, today, weekAhead);
    const { rows, counts } = await this.cases.findPageWithCounts(
      actor.organisationId,
      { ...options, after, limit: limit + 1 },
      plan.query,
      manager,
    );
    const page = rows.slice(0, limit);
    const { dueSoon, searchMatches } = plan.summary(counts);
    const last = page[page.length - 1];
    return {
      items: page.map(({ row }) => toCaseSummaryResponse(row)),
      nextCursor:
        rows.length > limit && last
          ? encodeCaseCursor({ sort, key: last.key, id: last.row.id })
          : null,
      dueSoon,
      searchMatches,
    };
  }

  /**
   * A whole reference is one index lookup; other text asks for at most one more match than the
   * cap, so a name shared by a tenth of the organisation costs what a rarer one does (issue 18).
   */
  private async resolveSearch(q: string, manager: EntityManager): Promise<CaseSearch> {
    const reference = referenceOrNull(q);
    if (reference) return { kind: 'reference', reference };
    const ids = await this.cases.findSearchMatchIds(q, CASE_SEARCH_COUNT_CAP + 1, manager);
    return ids.length <= CASE_SEARCH_COUNT_CAP
      ? { kind: 'matches', ids }
      : { kind: 'text', pattern: containsPattern(q) };
  }

  async get(actor: Actor, caseId: string): Promise<CaseDetailResponse> {
    // One statement: the case with its deadlines, read scoped to what the actor may see (so an
    // advocate's assignment check is no statement of its own; issue 18's case-page round trips).
    // Outside any transaction of ours, the tenant setting's START and the COMMIT go with it in one
    // round trip (tenant-connection.ts).
    const row = await this.access.readVisible(actor, caseId, ({ organisationId, assigneeId }) =>
      this.cases.findDetailRowOrNull(organisationId, caseId, this.dataSource.manager, assigneeId),
    );
    return toCaseDetailResponse(row, eligibilityOfCase(row));
  }

  /** One caseload row, as just written (after intake or reassignment). */
  async summary(organisationId: string, caseId: string): Promise<CaseSummaryResponse> {
    const row = await this.cases.findCaseloadRowOrNull(organisationId, caseId);
    if (!row) throw caseNotFound();
    return toCaseSummaryResponse(row);
  }
}

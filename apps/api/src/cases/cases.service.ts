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
import {
  containsPattern,
  isNarrowed,
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
    // One transaction for the page's reads: the tenant setting is bound once, not per
    // statement (issue 18: round trips were most of a caseload request's time).
    const { rows, page, dueSoon, searchMatches } = await this.dataSource.transaction(
      async (manager) => {
        const search = query.q ? await this.resolveSearch(query.q, manager) : undefined;
        const options: CasePageOptions = { ...filters, ...(search ? { search } : {}) };
        const rows = await this.cases.findPageByOrg(
          actor.organisationId,
          { ...options, after, limit: limit + 1 },
          manager,
        );
        const page = rows.slice(0, limit);
        const summary = await this.summarise(
          actor.organisationId,
          options,
          today,
          weekAhead,
          manager,
        );
        return { rows, page, ...summary };
      },
    );
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

  /**
   * The due-soon summary, and with a search the capped count of its matches. A search with more
   * matches than the cap has no due-soon summary: counting its deadlines would read every match,
   * which is what its page avoids.
   */
  private async summarise(
    organisationId: string,
    options: CasePageOptions,
    today: string,
    weekAhead: string,
    manager: EntityManager,
  ): Promise<Pick<CaseListResponse, 'dueSoon' | 'searchMatches'>> {
    const search = options.search;
    if (!search) {
      const dueSoon = await this.cases.countDueSoon(
        organisationId,
        options,
        today,
        weekAhead,
        manager,
      );
      return { dueSoon, searchMatches: null };
    }
    if (search.kind !== 'text') {
      const { matches, dueSoon } = await this.cases.summariseSearch(
        organisationId,
        { ...options, search },
        today,
        weekAhead,
        manager,
      );
      return { dueSoon, searchMatches: { count: matches, more: false } };
    }
    // More than the cap match in the organisation: so does its unfiltered caseload.
    const matches = isNarrowed(options)
      ? await this.cases.countMatchesUpTo(
          organisationId,
          { ...options, search },
          CASE_SEARCH_COUNT_CAP + 1,
          manager,
        )
      : CASE_SEARCH_COUNT_CAP + 1;
    return {
      dueSoon: null,
      searchMatches: {
        count: Math.min(matches, CASE_SEARCH_COUNT_CAP),
        more: matches > CASE_SEARCH_COUNT_CAP,
      },
    };
  }

  async get(actor: Actor, caseId: string): Promise<CaseDetailResponse> {
    // One statement: the case with its deadlines, read scoped to what the actor may see (so an
    // advocate's assignment check is no statement of its own; issue 18's case-page round trips).
    const row = await this.dataSource.transaction((manager) =>
      this.access.readVisible(actor, caseId, ({ organisationId, assigneeId }) =>
        this.cases.findDetailRowOrNull(organisationId, caseId, manager, assigneeId),
      ),
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

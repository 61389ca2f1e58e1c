import { Injectable } from '@nestjs/common';

import type { CaseDetailResponse, CaseListResponse, CaseSummaryResponse } from '@haven/contracts';

import type { Actor } from '@api/auth/actor';
import { CaseDeadlinesRepository } from '@api/deadlines/case-deadlines.repository';

import { CaseAccess, caseNotFound } from './case-access';
import { decodeCaseCursor, encodeCaseCursor } from './case-cursor';
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
  ) {}

  /** Advocates see their own caseload; supervisors and staff see the organisation's. */
  async list(actor: Actor, query: ListCasesQuery): Promise<CaseListResponse> {
    const limit = query.limit ?? 25;
    const rows = await this.cases.findPageByOrg(actor.organisationId, {
      advocateId: actor.role === 'advocate' ? actor.userId : null,
      after: query.cursor ? decodeCaseCursor(query.cursor) : null,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const next = await this.deadlines.findNextOpenByCases(
      actor.organisationId,
      page.map((c) => c.id),
    );
    const last = page[page.length - 1];
    return {
      items: page.map((c) => toCaseSummaryResponse(c, next.get(c.id) ?? null)),
      nextCursor: rows.length > limit && last ? encodeCaseCursor(last) : null,
    };
  }

  async get(actor: Actor, caseId: string): Promise<CaseDetailResponse> {
    const row = await this.access.getVisible(actor, caseId);
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

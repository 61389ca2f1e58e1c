import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { LawChangeReviewsResponse } from '@haven/contracts';
import { RULES_DEPLOYMENT } from '@haven/rules';

import type { Actor } from '@api/common/actor';

import { LawChangesRepository } from './law-changes.repository';

/** The supervisor board's list of cases whose deadlines a law update changed. */
@Injectable()
export class LawChangeBoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: LawChangesRepository,
  ) {}

  list(actor: Actor): Promise<LawChangeReviewsResponse> {
    const org = actor.organisationId;
    return this.dataSource.transaction(async (m) => {
      const rows = await this.repo.findChanged(m, org);
      return {
        currentRulesSet: RULES_DEPLOYMENT,
        pending: await this.repo.countPending(m, org, RULES_DEPLOYMENT),
        items: rows.map((r) => ({
          reviewId: r.reviewId,
          caseId: r.caseId,
          caseReference: r.caseReference,
          rulesSet: r.rulesSet,
          previousRulesSet: r.previousRulesSet,
          reviewedAt: r.reviewedAt.toISOString(),
          taskId: r.taskId,
          taskStatus: r.taskStatus,
          assigneeName: r.assigneeName,
          changes: r.changes,
        })),
      };
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CaseComputation } from '@haven/rules';

import { DeadlinesService } from '@api/deadlines/deadlines.service';

import { FollowupsService } from './followups.service';

/**
 * What every fact-changing transaction calls once its facts are written: the case's deadlines are
 * recomputed and stored, then its follow-ups brought to what the rules plan from the same
 * computation, in the caller's transaction (their jobs are published after commit). Going through
 * this one method is what keeps a new fact from forgetting its follow-ups; a unit test refuses any
 * other caller of DeadlinesService.recompute.
 */
@Injectable()
export class CaseRecomputeService {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly followups: FollowupsService,
  ) {}

  async recompute(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<CaseComputation> {
    const computation = await this.deadlines.recompute(manager, organisationId, caseId);
    await this.followups.sync(manager, organisationId, caseId, computation);
    return computation;
  }
}

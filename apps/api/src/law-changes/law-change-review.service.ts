import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { LawChangeDifference } from '@haven/contracts';
import { deploymentLabel, parseDeploymentKey, RULES_DEPLOYMENT } from '@haven/rules';

import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';
import { FollowupTasksRepository } from '@api/followups/followup-tasks.repository';

import { diffSnapshots } from './law-change-diff';
import { LawChangesRepository } from './law-changes.repository';

/** What reviewing one case did. */
export type ReviewOutcome = 'changed' | 'unchanged' | 'already-reviewed' | 'case-gone';

/** The source a law-change review task names. */
export const LAW_CHANGE_TASK_RULE = 'LAW_CHANGE_REVIEW';

/**
 * The review task's title: what to do, and which rules changed the dates: a rule set (a law
 * update) or a revision of the library (a correction of how Haven computes them).
 */
export function lawChangeTaskTitle(rulesSet: string): string {
  const cause =
    (parseDeploymentKey(rulesSet)?.revision ?? 0) > 0 ? 'a rules correction' : 'a law update';
  return `Deadlines changed by ${cause} (rules ${deploymentLabel(rulesSet)}): check the new dates`;
}

/** The rule set a deployment key computes under. */
function ruleSetOf(rulesSet: string): string {
  const parsed = parseDeploymentKey(rulesSet);
  if (!parsed) throw new Error(`unknown rules deployment ${rulesSet}`);
  return parsed.ruleSet;
}

/**
 * Law-change impact (issue 14). When a deployment brings a rule set, or a revision of the library
 * (RULES_DEPLOYMENT), an organisation was not swept under, every open case is recomputed through the one recompute path; a case whose stored
 * deadlines or follow-ups moved gets one review task for its advocate, and the old and new dates
 * stay on its review row for the supervisor board. Exactly once per case and rule set: the review
 * row (uq_law_change_review_case_set) is locked, and finished in the transaction that recomputes.
 */
@Injectable()
export class LawChangeReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: LawChangesRepository,
    private readonly computation: CaseComputationService,
    private readonly tasks: FollowupTasksRepository,
    private readonly clock: Clock,
  ) {}

  /** Organisations that still need a sweep under `rulesSet` (the deployment's, by default). */
  organisationsToSweep(rulesSet: string = RULES_DEPLOYMENT): Promise<string[]> {
    return this.dataSource.transaction((m) => this.repo.findOrganisationsToSweep(m, rulesSet));
  }

  /**
   * Moves the organisation onto `rulesSet`: when its stored set differs, one pending review per
   * open case, in the transaction that records the new set. Returns the cases still pending, which
   * the caller enqueues (again after a crash: the job ids are deterministic).
   */
  sweep(organisationId: string, rulesSet: string = RULES_DEPLOYMENT): Promise<string[]> {
    return this.dataSource.transaction(async (m) => {
      const stored = await this.repo.lockDeployment(m, organisationId, rulesSet);
      if (stored !== rulesSet) {
        await this.repo.insertPendingReviews(m, organisationId, rulesSet, stored);
        await this.repo.setDeployment(m, organisationId, rulesSet);
      }
      return this.repo.findPendingCaseIds(m, organisationId, rulesSet);
    });
  }

  /** Reviews one case under `rulesSet`; a second call (or a redelivered job) changes nothing. */
  review(
    organisationId: string,
    caseId: string,
    rulesSet: string = RULES_DEPLOYMENT,
  ): Promise<ReviewOutcome> {
    return this.dataSource.transaction(async (m) => {
      const review = await this.repo.lockPendingReview(m, organisationId, caseId, rulesSet);
      if (!review) return 'already-reviewed';
      if (!(await this.repo.lockCase(m, organisationId, caseId))) return 'case-gone';
      const changes = await this.assess(m, organisationId, caseId, rulesSet);
      let taskId: string | null = null;
      if (changes.length > 0) {
        taskId = await this.tasks.insertReturningId(m, {
          organisationId,
          caseId,
          followupId: null,
          followupVersion: null,
          title: lawChangeTaskTitle(rulesSet),
          dueOn: virginiaDate(this.clock.now()),
          assigneeId: await this.repo.findFirstAdvocateId(m, organisationId, caseId),
          assigneeSlot: 'advocate',
          sourceRule: LAW_CHANGE_TASK_RULE,
          sourceCitation: null,
        });
      }
      await this.repo.finishReview(m, review.id, changes, taskId);
      return changes.length > 0 ? 'changed' : 'unchanged';
    });
  }

  /**
   * Recomputes the case under `rulesSet` in the caller's transaction and returns what moved in its
   * stored deadlines and follow-ups. When the new rules refuse the stored facts, nothing of the
   * case is rewritten (a savepoint) and the refusal itself is the change an advocate must see.
   */
  async assess(
    m: EntityManager,
    organisationId: string,
    caseId: string,
    rulesSet: string,
  ): Promise<LawChangeDifference[]> {
    const before = await this.repo.snapshot(m, organisationId, caseId);
    try {
      await m.transaction((inner) =>
        this.computation.recompute(
          inner,
          organisationId,
          caseId,
          { other: 'caseId' },
          { ruleSet: ruleSetOf(rulesSet) },
        ),
      );
    } catch (err) {
      if (!(err instanceof DomainError) || err.kind !== 'invalid') throw err;
      return [
        {
          what: 'deadline',
          ruleId: err.code,
          ruleVersion: null,
          label: `The rules ${rulesSet} refuse the recorded facts: ${err.message}`,
          oldDate: null,
          newDate: null,
        },
      ];
    }
    return diffSnapshots(before, await this.repo.snapshot(m, organisationId, caseId));
  }

  /**
   * The dry run of `npm run rules:impact`: each open case of the organisation assessed under
   * `rulesSet` in a transaction that is always rolled back, so nothing is stored or enqueued.
   */
  async dryRun(
    organisationId: string,
    rulesSet: string,
  ): Promise<Array<{ caseId: string; reference: string; changes: LawChangeDifference[] }>> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const cases = (await runner.manager.query(
        `select id, reference from case_file
          where organisation_id = $1 and closed_on is null order by reference`,
        [organisationId],
      )) as Array<{ id: string; reference: string }>;
      const out: Array<{ caseId: string; reference: string; changes: LawChangeDifference[] }> = [];
      for (const c of cases) {
        const changes = await this.assess(runner.manager, organisationId, c.id, rulesSet);
        if (changes.length > 0) out.push({ caseId: c.id, reference: c.reference, changes });
      }
      return out;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  FOLLOWUP_RULE_KINDS,
  planFollowups,
  toEpochMinutes,
  type CaseComputation,
  type LocalDateTime,
  type PlannedFollowup,
} from '@haven/rules';

import { Clock } from '@api/common/clock/clock';
import { FollowupScheduler, type FollowupJobRef } from '@api/jobs/followup-scheduler';
import { FollowupSettingsRepository } from '@api/settings/followup-settings.repository';
import { TasksRepository } from '@api/tasks/tasks.repository';

import { diffFollowups } from './followup-diff';
import { FollowupsRepository, type FollowupContent } from './followups.repository';

/** The instant of a Virginia wall-clock time (a time in the spring-forward gap moves on to EDT). */
export function virginiaInstant(at: LocalDateTime): Date {
  return new Date(toEpochMinutes(at) * 60_000);
}

function toContent(p: PlannedFollowup): FollowupContent {
  return {
    kind: p.kind,
    key: p.key,
    dueAt: virginiaInstant(p.due),
    actBy: p.actBy,
    title: p.title,
    ruleId: p.ruleId,
    citation: p.citation || null,
    explanation: p.explanation,
    audience: p.audience,
  };
}

/**
 * Keeps a case's follow-up rows equal to what @haven/rules plans from its facts. Called in the
 * transaction that changed a fact, right after the deadlines were recomputed, so a follow-up row
 * exists if and only if the fact behind it committed (G1); the jobs are published after commit.
 */
@Injectable()
export class FollowupsService {
  constructor(
    private readonly followups: FollowupsRepository,
    private readonly settings: FollowupSettingsRepository,
    private readonly tasks: TasksRepository,
    private readonly scheduler: FollowupScheduler,
    private readonly clock: Clock,
  ) {}

  /**
   * What @haven/rules plans for the case from its stored facts and this computation, as row
   * contents. `sync` writes exactly this; the fault drills' checker calls it too, so what it
   * compares the live rows with is the API's own plan, not a second copy of the planning inputs.
   */
  async plan(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    computation: CaseComputation,
  ): Promise<FollowupContent[]> {
    const leads = await this.settings.getLeadTimes(manager, organisationId);
    const calendar = await this.followups.findCalendar(manager, organisationId);
    const facts = await this.followups.findPlanningFacts(manager, organisationId, caseId);
    // A closed case plans nothing (its pending follow-ups are cancelled); reopening replans it.
    const closed = await this.followups.isCaseClosed(manager, organisationId, caseId);
    return closed ? [] : planFollowups(computation, facts, leads, calendar).map(toContent);
  }

  async sync(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    computation: CaseComputation,
  ): Promise<void> {
    const planned = await this.plan(manager, organisationId, caseId, computation);
    const stored = await this.followups.findLiveForUpdate(
      manager,
      organisationId,
      caseId,
      FOLLOWUP_RULE_KINDS,
    );
    const enqueue: FollowupJobRef[] = [];
    const remove: Array<{ id: string; version: number }> = [];
    for (const change of diffFollowups(stored, planned, this.clock.now())) {
      switch (change.op) {
        case 'insert': {
          const row = await this.followups.insertPending(manager, {
            ...change.planned,
            organisationId,
            caseId,
          });
          enqueue.push(row);
          break;
        }
        case 'revise': {
          const { stored: row, planned: content } = change;
          const version = await this.followups.revise(manager, row, content);
          if (row.state === 'pending') remove.push(row);
          await this.tasks.cancelOpenForFollowup(manager, organisationId, row.id);
          enqueue.push({ id: row.id, version, dueAt: content.dueAt });
          break;
        }
        case 'cancel': {
          const row = change.stored;
          await this.followups.cancel(manager, row.id);
          if (row.state === 'pending') remove.push(row);
          else await this.tasks.cancelOpenForFollowup(manager, organisationId, row.id);
          break;
        }
      }
    }
    this.scheduler.publishAfterCommit(manager, { enqueue, remove });
  }
}

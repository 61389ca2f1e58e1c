import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  FOLLOWUP_RULE_KINDS,
  planFollowups,
  toEpochMinutes,
  type CaseComputation,
  type FollowupFacts,
  type FollowupLeadTimes,
  type LocalDateTime,
  type PlannedFollowup,
} from '@haven/rules';

import { Clock } from '@api/common/clock/clock';
import { FollowupTasksRepository } from '@api/followups/followup-tasks.repository';
import { FollowupsRepository, type FollowupContent } from '@api/followups/followups.repository';
import { FollowupScheduler, type FollowupJobRef } from '@api/followups/jobs/followup-scheduler';

import { toCalendar } from './case-facts.mapper';
import type { CaseRecord } from './case-record';
import { diffFollowups } from './followup-diff';
import { FollowupSettingsRepository } from './followup-settings.repository';

/** The instant of a Virginia wall-clock time (a time in the spring-forward gap moves on to EDT). */
export function virginiaInstant(at: LocalDateTime): Date {
  return new Date(toEpochMinutes(at) * 60_000);
}

/**
 * What @haven/rules plans for a case from its facts and computation, under these lead times, as
 * row contents (a closed case plans nothing). Pure: `plan` reads the organisation's lead times and
 * calls it, and the scale seed calls it for the cases it loads in bulk.
 */
export function planCaseFollowups(
  record: CaseRecord,
  computation: CaseComputation,
  leads: FollowupLeadTimes,
): FollowupContent[] {
  // A closed case plans nothing (its pending follow-ups are cancelled); reopening replans it.
  if (record.caseRow.closedOn) return [];
  const facts: FollowupFacts = {
    petitions: record.petitions.map((p) => ({ sought: p.orderKindSought, filedOn: p.filedOn })),
  };
  return planFollowups(computation, facts, leads, toCalendar(record)).map(toContent);
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
 * Keeps a case's follow-up rows equal to what @haven/rules plans from its facts. Called by
 * CaseComputationService.recompute in the transaction that changed a fact, right after the
 * deadlines were recomputed, so a follow-up row exists if and only if the fact behind it
 * committed (G1); the jobs are published after commit.
 */
@Injectable()
export class FollowupPlanningService {
  constructor(
    private readonly followups: FollowupsRepository,
    private readonly settings: FollowupSettingsRepository,
    private readonly tasks: FollowupTasksRepository,
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
    record: CaseRecord,
    computation: CaseComputation,
  ): Promise<FollowupContent[]> {
    if (record.caseRow.closedOn) return [];
    const leads = await this.settings.getLeadTimes(manager, organisationId);
    return planCaseFollowups(record, computation, leads);
  }

  async sync(
    manager: EntityManager,
    organisationId: string,
    record: CaseRecord,
    computation: CaseComputation,
  ): Promise<void> {
    const caseId = record.caseRow.id;
    const planned = await this.plan(manager, organisationId, record, computation);
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

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { LawChangeDifference } from '@haven/contracts';
import { FOLLOWUP_RULE_KINDS } from '@haven/rules';

import type { CaseSnapshot, DeadlineSnapshot, FollowupSnapshot } from './law-change-diff';
import type { LawChangeReviewStatus } from './law-change-review.entity';

/** A review row as the sweep and the board read it. */
export interface ReviewRow {
  id: string;
  caseId: string;
  rulesSet: string;
  previousRulesSet: string | null;
  status: LawChangeReviewStatus;
}

/** A reviewed case with changes, for the supervisor board. */
export interface ChangedReviewRow {
  reviewId: string;
  caseId: string;
  caseReference: string;
  rulesSet: string;
  previousRulesSet: string | null;
  reviewedAt: Date;
  taskId: string | null;
  taskStatus: 'open' | 'done' | 'cancelled' | null;
  assigneeName: string | null;
  changes: LawChangeDifference[];
}

/**
 * The law-change feature's SQL: the organisation's swept rule set, the review rows, and a case's
 * stored deadlines and live follow-ups (read across features, like the other read models).
 */
@Injectable()
export class LawChangesRepository {
  /**
   * The rule set the organisation was last swept under, locked for this transaction. A new
   * organisation has no row: its cases were computed by this deployment, so `current` is recorded.
   */
  async lockDeployment(
    manager: EntityManager,
    organisationId: string,
    current: string,
  ): Promise<string> {
    await manager.query(
      `insert into rules_deployment (organisation_id, rules_set) values ($1, $2)
       on conflict (organisation_id) do nothing`,
      [organisationId, current],
    );
    const [row] = (await manager.query(
      `select rules_set as "rulesSet" from rules_deployment where organisation_id = $1 for update`,
      [organisationId],
    )) as Array<{ rulesSet: string }>;
    return row?.rulesSet ?? current;
  }

  async setDeployment(
    manager: EntityManager,
    organisationId: string,
    rulesSet: string,
  ): Promise<void> {
    await manager.query(
      `update rules_deployment set rules_set = $2, updated_at = now() where organisation_id = $1`,
      [organisationId, rulesSet],
    );
  }

  /** One pending review per open case of the organisation (a second sweep adds none). */
  async insertPendingReviews(
    manager: EntityManager,
    organisationId: string,
    rulesSet: string,
    previous: string | null,
  ): Promise<number> {
    const rows = (await manager.query(
      `insert into law_change_review (organisation_id, case_id, rules_set, previous_rules_set)
       select organisation_id, id, $2, $3 from case_file
        where organisation_id = $1 and closed_on is null
       on conflict on constraint uq_law_change_review_case_set do nothing
       returning id`,
      [organisationId, rulesSet, previous],
    )) as unknown[];
    return rows.length;
  }

  async findPendingCaseIds(
    manager: EntityManager,
    organisationId: string,
    rulesSet: string,
  ): Promise<string[]> {
    const rows = (await manager.query(
      `select case_id as "caseId" from law_change_review
        where organisation_id = $1 and rules_set = $2 and status = 'pending'
        order by created_at, case_id`,
      [organisationId, rulesSet],
    )) as Array<{ caseId: string }>;
    return rows.map((r) => r.caseId);
  }

  /** Organisations whose stored set differs from `current`, lack one, or still have pending reviews. */
  async findOrganisationsToSweep(manager: EntityManager, current: string): Promise<string[]> {
    const rows = (await manager.query(
      `select o.id from organisation o
         left join rules_deployment d on d.organisation_id = o.id
        where d.rules_set is distinct from $1
           or exists (select 1 from law_change_review r
                       where r.organisation_id = o.id and r.rules_set = $1 and r.status = 'pending')
        order by o.id`,
      [current],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** The pending review of a case under `rulesSet`, locked; null when reviewed already or absent. */
  async lockPendingReview(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    rulesSet: string,
  ): Promise<ReviewRow | null> {
    const [row] = (await manager.query(
      `select id, case_id as "caseId", rules_set as "rulesSet",
              previous_rules_set as "previousRulesSet", status
         from law_change_review
        where organisation_id = $1 and case_id = $2 and rules_set = $3
        for update`,
      [organisationId, caseId, rulesSet],
    )) as ReviewRow[];
    return row && row.status === 'pending' ? row : null;
  }

  /** Locks the case as every fact-changing service does, so a recompute here never interleaves. */
  async lockCase(manager: EntityManager, organisationId: string, caseId: string): Promise<boolean> {
    const rows = (await manager.query(
      `select id from case_file where organisation_id = $1 and id = $2 for update`,
      [organisationId, caseId],
    )) as unknown[];
    return rows.length > 0;
  }

  async finishReview(
    manager: EntityManager,
    reviewId: string,
    changes: LawChangeDifference[],
    taskId: string | null,
  ): Promise<void> {
    await manager.query(
      `update law_change_review
          set status = $2, changes = $3::jsonb, task_id = $4, reviewed_at = now()
        where id = $1`,
      [reviewId, changes.length > 0 ? 'changed' : 'unchanged', JSON.stringify(changes), taskId],
    );
  }

  /** The case's first-assigned advocate, who gets the review task (unassigned: nobody). */
  async findFirstAdvocateId(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<string | null> {
    const [row] = (await manager.query(
      `select user_id as "userId" from case_assignment
        where organisation_id = $1 and case_id = $2 order by assigned_at, user_id limit 1`,
      [organisationId, caseId],
    )) as Array<{ userId: string }>;
    return row?.userId ?? null;
  }

  /** The case's stored deadlines and live follow-ups of the rules' kinds. */
  async snapshot(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<CaseSnapshot> {
    const deadlines = (await manager.query(
      `select deadline_key as key, rule_id as "ruleId", rule_version as "ruleVersion", kind,
              due_on::text as "dueOn", due_time::text as "dueTime"
         from case_deadline where organisation_id = $1 and case_id = $2 order by deadline_key`,
      [organisationId, caseId],
    )) as DeadlineSnapshot[];
    const followups = (await manager.query(
      `select key, rule_id as "ruleId", title, act_by::text as "actBy"
         from followup
        where organisation_id = $1 and case_id = $2 and state <> 'cancelled'
          and kind = any($3::text[])
        order by key`,
      [organisationId, caseId, [...FOLLOWUP_RULE_KINDS]],
    )) as FollowupSnapshot[];
    return { deadlines, followups };
  }

  /** The organisation's reviews that changed something, newest first, for the board. */
  findChanged(manager: EntityManager, organisationId: string): Promise<ChangedReviewRow[]> {
    return manager.query(
      `select r.id as "reviewId", r.case_id as "caseId", c.reference as "caseReference",
              r.rules_set as "rulesSet", r.previous_rules_set as "previousRulesSet",
              r.reviewed_at as "reviewedAt", r.task_id as "taskId", t.status as "taskStatus",
              u.display_name as "assigneeName", r.changes
         from law_change_review r
         join case_file c on c.id = r.case_id and c.organisation_id = r.organisation_id
         left join task t on t.id = r.task_id
         left join app_user u on u.id = t.assignee_id
        where r.organisation_id = $1 and r.status = 'changed'
        order by r.reviewed_at desc, r.id
        limit 500`,
      [organisationId],
    ) as Promise<ChangedReviewRow[]>;
  }

  async countPending(
    manager: EntityManager,
    organisationId: string,
    rulesSet: string,
  ): Promise<number> {
    const [row] = (await manager.query(
      `select count(*)::int as n from law_change_review
        where organisation_id = $1 and rules_set = $2 and status = 'pending'`,
      [organisationId, rulesSet],
    )) as Array<{ n: number }>;
    return row?.n ?? 0;
  }
}

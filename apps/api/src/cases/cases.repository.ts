import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AdvocateRef, CaseStage } from '@haven/contracts';
import type { EntityManager, Repository } from 'typeorm';

import { UserEntity } from '@api/users/user.entity';

import { CaseAssignmentEntity } from '@api/case-files/case-assignment.entity';
import { assignedTo } from '@api/case-files/case-files.repository';
import {
  caseDeadlinesJsonSql,
  nextOpenDeadlineSql,
  type ShownDeadline,
} from '@api/case-computation/case-deadlines.repository';
import {
  caseNoticesJsonSql,
  type ShownNotice,
} from '@api/case-computation/case-notices.repository';
import type { CaseCursor } from './case-cursor';
import type { CaseloadCounts, CaseloadCountsQuery } from './caseload-counts';
import {
  containsPattern,
  pageQuery,
  Params,
  type CasePageOptions,
  type Sql,
} from './caseload-query';
import { CaseEntity } from '@api/case-files/case.entity';
import { prepared } from '@api/common/sql/prepared-statements';

export type NewCase = Omit<
  CaseEntity,
  'createdAt' | 'updatedAt' | 'closedOn' | 'lscClosingCode' | 'searchText' | 'nextDueKey'
>;

/**
 * What a caseload row shows of a case, read as exactly these columns: its parties' names, its
 * advocates (unsorted) and its next open deadline, never a confidential field.
 */
export interface CaseloadRow {
  id: string;
  reference: string;
  clientName: string;
  respondentName: string;
  stage: CaseStage;
  orderKind: string | null;
  openedOn: string;
  advocates: AdvocateRef[];
  nextDeadline: ShownDeadline | null;
}

/** A caseload row's columns but its next deadline, over `caseWithParties`. */
const caseloadColumns = `
  c.id, c.reference, coalesce(cl.full_name, '') as "clientName",
  coalesce(r.full_name, '') as "respondentName", c.stage, c.order_kind as "orderKind",
  c.opened_on::text as "openedOn",
  coalesce((select json_agg(json_build_object('id', a.user_id, 'displayName', u.display_name))
              from case_assignment a join app_user u on u.id = a.user_id
             where a.case_id = c.id), '[]'::json) as advocates`;

/** A case `c` with its client `cl` and respondent `r`. */
const caseWithParties = `
  from case_file c
  left join client cl on cl.id = c.client_id and cl.organisation_id = c.organisation_id
  left join respondent r on r.id = c.respondent_id and r.organisation_id = c.organisation_id`;

/**
 * The caseload row of the organisation's (`$1`) case `caseId` (an SQL expression), in plain SQL:
 * a caseload page's cases as TypeORM entities with their joins (every case, party, assignment and
 * user column, hydrated row by row) were a fifth of a caseload request's CPU (issue 18).
 */
const caseloadRowSql = (caseId: string) => `
  select ${caseloadColumns},
         (select to_json(d) from (${nextOpenDeadlineSql('c.id')}) d) as "nextDeadline"
    ${caseWithParties}
   where c.organisation_id = $1 and c.id = ${caseId}`;

/**
 * What the case page shows of a case, read as exactly these columns: its caseload row's fields,
 * the facts its eligibility is judged on, its court, and every stored deadline in the page's
 * order, never a confidential field.
 */
export interface CaseDetailRow extends Omit<CaseloadRow, 'nextDeadline'> {
  relationship: CaseEntity['relationship'];
  livesWithRespondent: boolean;
  cohabitationEndedOn: string | null;
  lastActOn: string | null;
  petitionerIsMinor: boolean;
  respondentIsParentOrGuardian: boolean;
  venueLocality: string | null;
  courtKind: CaseEntity['courtKind'];
  courtId: string | null;
  closedOn: string | null;
  respondentKnownFirearms: boolean;
  deadlines: ShownDeadline[];
  notices: ShownNotice[];
}

/**
 * The case page's row of the organisation's (`$1`) case `$2`, in plain SQL and one statement
 * with its deadlines (issue 18: building and hydrating the case, its parties, assignments and
 * users as TypeORM entities was a fifth of the case request's CPU). With `assigned`, only if
 * assigned to the user `$3`.
 */
const caseDetailSql = (assigned: boolean) => `
  select ${caseloadColumns},
         c.relationship, c.lives_with_respondent as "livesWithRespondent",
         c.cohabitation_ended_on::text as "cohabitationEndedOn", c.last_act_on::text as "lastActOn",
         c.petitioner_is_minor as "petitionerIsMinor",
         c.respondent_is_parent_or_guardian as "respondentIsParentOrGuardian",
         c.venue_locality as "venueLocality", c.court_kind as "courtKind", c.court_id as "courtId",
         c.closed_on::text as "closedOn",
         coalesce(r.known_firearms, false) as "respondentKnownFirearms",
         (${caseDeadlinesJsonSql('c.id')}) as deadlines,
         (${caseNoticesJsonSql('c.id')}) as notices
    ${caseWithParties}
   where c.organisation_id = $1 and c.id = $2::uuid${assigned ? ` and ${assignedTo('$3::uuid')}` : ''}`;

/**
 * A page's cases with their rows, in the page's order, and the caseload's counts (a one-row
 * query, or none), in one statement (issue 18: a caseload request's round trips cost more than
 * its SQL). The counts come first, so an empty page still answers them, as one row without a
 * case. The page's query numbers the organisation `$1`.
 */
const pageRowsSql = (page: string, counts: string | null): string => `
  select ${counts === null ? 'null::json' : 'to_json(k)'} as counts, r.*
    from (${counts ?? 'select 1'}) k
    left join lateral (
      select pg.n, pg.key, s.*
        from (select q.id, q.key, row_number() over () as n from (${page}) q) pg
        cross join lateral (${caseloadRowSql('pg.id')}) s) r on true
   order by r.n`;

@Injectable()
export class CasesRepository {
  constructor(@InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>) {}

  /**
   * A page of an organisation's cases in the requested order, with each row's keyset key (full
   * microsecond precision, so no two cases created in one millisecond are skipped between pages),
   * and the counts `counts` writes, read in the same statement.
   */
  async findPageWithCounts(
    organisationId: string,
    options: CasePageOptions & { after: CaseCursor | null; limit: number },
    counts: CaseloadCountsQuery | null,
    manager?: EntityManager,
  ): Promise<{ rows: Array<{ row: CaseloadRow; key: string }>; counts: CaseloadCounts | null }> {
    const p = new Params();
    const page = pageQuery(organisationId, options, options.after, options.limit, p);
    const countsText = counts ? counts(p).text : null;
    const result = await this.run<
      CaseloadRow & { key: string; n: string | null; counts: CaseloadCounts | null }
    >({ text: pageRowsSql(page.text, countsText), params: p.values }, manager);
    return {
      // A row without a place on the page (n null) is an empty page's, carrying only the counts.
      rows: result
        .filter((r) => r.n !== null)
        .map(({ key, n: _n, counts: _counts, ...row }) => ({ row, key })),
      counts: result[0]?.counts ?? null,
    };
  }

  /** The caseload row of one case of the organisation, or null. */
  async findCaseloadRowOrNull(
    organisationId: string,
    caseId: string,
    manager?: EntityManager,
  ): Promise<CaseloadRow | null> {
    const [row] = await this.run<CaseloadRow>(
      { text: caseloadRowSql('$2::uuid'), params: [organisationId, caseId] },
      manager,
    );
    return row ?? null;
  }

  /**
   * The ids of up to `max` cases of the organisation whose reference or parties' names contain
   * the text, through case_search_ids (migration 1795690000000): row-level security would not
   * let this role use the trigram index directly, `like` not being leakproof.
   */
  async findSearchMatchIds(text: string, max: number, manager?: EntityManager): Promise<string[]> {
    const rows = await this.run<{ id: string }>(
      { text: 'select id from case_search_ids($1, $2) id', params: [containsPattern(text), max] },
      manager,
    );
    return rows.map((r) => r.id);
  }

  private async run<T>(sql: Sql, manager?: EntityManager): Promise<T[]> {
    const runner = manager ?? this.cases.manager;
    return (await runner.query(prepared(sql.text), sql.params)) as T[];
  }

  /** The case page's row of a case, and only if assigned to `assigneeId` when one is named. */
  async findDetailRowOrNull(
    organisationId: string,
    id: string,
    manager?: EntityManager,
    assigneeId: string | null = null,
  ): Promise<CaseDetailRow | null> {
    const [row] = await this.run<CaseDetailRow>(
      assigneeId
        ? { text: caseDetailSql(true), params: [organisationId, id, assigneeId] }
        : { text: caseDetailSql(false), params: [organisationId, id] },
      manager,
    );
    return row ?? null;
  }

  /** Next reference for the organisation and year, e.g. HV-2026-0007 (unique per organisation). */
  async nextReference(
    manager: EntityManager,
    organisationId: string,
    year: string,
  ): Promise<string> {
    const prefix = `HV-${year}-`;
    // Intakes of one organisation take their numbers one at a time (the lock lasts until commit),
    // so a burst of intakes never collides on max + 1.
    await manager.query(`select pg_advisory_xact_lock(hashtext($1))`, [
      `case-reference:${organisationId}:${year}`,
    ]);
    const [row] = (await manager.query(
      `select coalesce(max(substring(reference from '\\d+$')::int), 0) + 1 as next
         from case_file where organisation_id = $1 and reference like $2`,
      [organisationId, `${prefix}%`],
    )) as Array<{ next: number }>;
    return `${prefix}${String(row?.next ?? 1).padStart(4, '0')}`;
  }

  async insert(manager: EntityManager, data: NewCase): Promise<void> {
    await manager
      .getRepository(CaseEntity)
      .insert({ ...data, closedOn: null, lscClosingCode: null });
  }

  /**
   * Replaces a case's advocates. The case row is locked first: two reassignments of one case run
   * one after the other (the second replaces the first's advocates instead of colliding on the
   * primary key), and the lock order (case, then assignments) is the recompute's, whose trigger
   * copies a changed next_due_on onto the assignments (migration 1795690000001).
   */
  async setAdvocates(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    userIds: string[],
    by: string,
  ): Promise<void> {
    await manager.query(
      'select 1 from case_file where organisation_id = $1 and id = $2 for no key update',
      [organisationId, caseId],
    );
    const repo = manager.getRepository(CaseAssignmentEntity);
    await repo.delete({ organisationId, caseId });
    if (userIds.length > 0)
      await repo.insert(
        userIds.map((userId) => ({ organisationId, caseId, userId, assignedBy: by })),
      );
  }

  /** Which of these users are active advocates or supervisors of the organisation. */
  async findAssignableUserIds(
    manager: EntityManager,
    organisationId: string,
    userIds: string[],
  ): Promise<string[]> {
    const rows = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.organisationId = :organisationId', { organisationId })
      .andWhere('u.id in (:...userIds)', { userIds })
      .andWhere("u.role in ('advocate', 'supervisor')")
      .andWhere('u.disabledAt is null')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** Closes a case (stage 'closed') or, given null, reopens it; the caller recomputes the stage. */
  async setClosed(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    closing: { closedOn: string; lscClosingCode: string } | null,
  ): Promise<void> {
    await manager
      .getRepository(CaseEntity)
      .update(
        { organisationId, id: caseId },
        closing
          ? { closedOn: closing.closedOn, lscClosingCode: closing.lscClosingCode, stage: 'closed' }
          : { closedOn: null, lscClosingCode: null },
      );
  }

  /** Writes a correction of the case's own facts (intake answers, venue, court, opening). */
  async updateFacts(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    values: Partial<CaseEntity>,
  ): Promise<void> {
    if (Object.keys(values).length === 0) return;
    await manager.getRepository(CaseEntity).update({ organisationId, id: caseId }, values);
  }

  /** The first day a petition of the case was filed, or null: no act of abuse may follow it. */
  async firstPetitionFiledOn(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<string | null> {
    const [row] = (await manager.query(
      `select min(filed_on)::text as "on" from petition where organisation_id = $1 and case_id = $2`,
      [organisationId, caseId],
    )) as Array<{ on: string | null }>;
    return row?.on ?? null;
  }
}

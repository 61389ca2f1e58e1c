import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';

import type { CaseSort, CaseStage, OrderKind } from '@haven/contracts';

import { ClientEntity } from '@api/parties/client.entity';
import { RespondentEntity } from '@api/parties/respondent.entity';
import { UserEntity } from '@api/users/user.entity';

import { CaseAssignmentEntity } from '@api/case-files/case-assignment.entity';
import type { CaseCursor } from './case-cursor';
import { CaseEntity } from '@api/case-files/case.entity';

export type NewCase = Omit<CaseEntity, 'createdAt' | 'updatedAt' | 'closedOn' | 'lscClosingCode'>;

/** A case as the caseload and the case page show it: with its parties' names and its advocates. */
export type CaseWithParties = CaseEntity & {
  client: ClientEntity;
  respondent: RespondentEntity;
  assignments: CaseAssignmentEntity[];
};

/** Which cases a caseload shows; every field narrows it. */
export interface CasePageOptions {
  advocateId: string | null;
  sort: CaseSort;
  stage?: CaseStage;
  orderKind?: OrderKind;
  courtId?: string;
  locality?: string;
  search?: string;
}

// Nothing due sorts last; the expression matches the index ix_case_file_org_next_due.
const NEXT_DUE = "coalesce(c.next_due_on, date '9999-12-31')";
const CREATED_TEXT = `to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const SORTS: Record<
  CaseSort,
  { key: string; keyText: string; type: string; direction: 'ASC' | 'DESC' }
> = {
  newest: { key: 'c.created_at', keyText: CREATED_TEXT, type: 'timestamptz', direction: 'DESC' },
  oldest: { key: 'c.created_at', keyText: CREATED_TEXT, type: 'timestamptz', direction: 'ASC' },
  next_deadline: {
    key: NEXT_DUE,
    keyText: `to_char(${NEXT_DUE}, 'YYYY-MM-DD')`,
    type: 'date',
    direction: 'ASC',
  },
};

@Injectable()
export class CasesRepository {
  constructor(@InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>) {}

  /** A case with its parties' names and its advocates, never their confidential columns. */
  private withParties(query: SelectQueryBuilder<CaseEntity>): SelectQueryBuilder<CaseWithParties> {
    const joined = query
      .leftJoinAndMapOne(
        'c.client',
        ClientEntity,
        'client',
        'client.id = c.clientId and client.organisationId = c.organisationId',
      )
      .leftJoinAndMapOne(
        'c.respondent',
        RespondentEntity,
        'respondent',
        'respondent.id = c.respondentId and respondent.organisationId = c.organisationId',
      )
      .leftJoinAndMapMany(
        'c.assignments',
        CaseAssignmentEntity,
        'assignment',
        'assignment.caseId = c.id',
      )
      .leftJoinAndMapOne(
        'assignment.user',
        UserEntity,
        'advocate',
        'advocate.id = assignment.userId',
      );
    // The joins map client, respondent and assignments onto every row (the foreign keys make the
    // parties exist); TypeORM's builder type cannot say so.
    return joined as unknown as SelectQueryBuilder<CaseWithParties>;
  }

  /**
   * A page of an organisation's cases in the requested order, with each row's keyset key (full
   * microsecond precision, so no two cases created in one millisecond are skipped between pages).
   */
  async findPageByOrg(
    organisationId: string,
    options: CasePageOptions & { after: CaseCursor | null; limit: number },
    manager?: EntityManager,
  ): Promise<Array<{ row: CaseWithParties; key: string }>> {
    const sort = SORTS[options.sort];
    const cases = manager ? manager.getRepository(CaseEntity) : this.cases;
    // Page on ids first, then load the page with its joins, so the limit counts cases, not join rows.
    const ids = this.filtered(cases, organisationId, options)
      .select('c.id', 'id')
      .addSelect(sort.keyText, 'key')
      .orderBy(sort.key, sort.direction)
      .addOrderBy('c.id', sort.direction)
      .limit(options.limit);
    if (options.after) {
      const op = sort.direction === 'DESC' ? '<' : '>';
      ids.andWhere(`(${sort.key}, c.id) ${op} (cast(:key as ${sort.type}), :id)`, {
        key: options.after.key,
        id: options.after.id,
      });
    }
    const page = await ids.getRawMany<{ id: string; key: string }>();
    if (page.length === 0) return [];
    const rows = await this.withParties(cases.createQueryBuilder('c'))
      .where('c.organisationId = :organisationId', { organisationId })
      .andWhere('c.id in (:...ids)', { ids: page.map((p) => p.id) })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return page.flatMap((p) => {
      const row = byId.get(p.id);
      return row ? [{ row, key: p.key }] : [];
    });
  }

  /** How many of the filtered caseload's cases have their next deadline overdue or within a week. */
  async countDueSoon(
    organisationId: string,
    options: CasePageOptions,
    today: string,
    weekAhead: string,
    manager?: EntityManager,
  ): Promise<{ overdue: number; dueWithin7Days: number }> {
    const cases = manager ? manager.getRepository(CaseEntity) : this.cases;
    // Only cases due within the week count, so the partial index ix_case_file_org_due_soon
    // (cases with something due) answers without reading the organisation's other cases.
    const row = await this.filtered(cases, organisationId, options)
      .andWhere('c.next_due_on <= :weekAhead')
      .select('count(*) filter (where c.next_due_on < :today)', 'overdue')
      .addSelect(
        'count(*) filter (where c.next_due_on between :today and :weekAhead)',
        'dueWithin7Days',
      )
      .setParameters({ today, weekAhead })
      .getRawOne<{ overdue: string; dueWithin7Days: string }>();
    return { overdue: Number(row?.overdue ?? 0), dueWithin7Days: Number(row?.dueWithin7Days ?? 0) };
  }

  private filtered(
    cases: Repository<CaseEntity>,
    organisationId: string,
    options: CasePageOptions,
  ): SelectQueryBuilder<CaseEntity> {
    const query = cases
      .createQueryBuilder('c')
      .where('c.organisationId = :organisationId', { organisationId });
    if (options.advocateId) {
      // The advocate's case ids first (ix_case_assignment_org_user), then those cases by primary
      // key: the work is one advocate's caseload at any page depth, never the organisation's.
      query.andWhere(
        `c.id = any(array(select a.case_id from case_assignment a
                           where a.organisation_id = :organisationId and a.user_id = :advocateId))`,
        { advocateId: options.advocateId },
      );
    }
    if (options.stage) query.andWhere('c.stage = :stage', { stage: options.stage });
    if (options.orderKind)
      query.andWhere('c.orderKind = :orderKind', { orderKind: options.orderKind });
    if (options.courtId) query.andWhere('c.courtId = :courtId', { courtId: options.courtId });
    if (options.locality) {
      query.andWhere('lower(c.venueLocality) = lower(:locality)', { locality: options.locality });
    }
    if (options.search) {
      const pattern = `%${options.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      // By reference or either party's name, through trigram indexes that row-level security
      // would not let this role use directly (`ilike` is not leakproof): case_search_ids applies
      // the same tenant setting itself and answers ids only (migration 1795610000002).
      query.andWhere('c.id = any(array(select case_search_ids(:pattern)))', { pattern });
    }
    return query;
  }

  getByIdOrNull(
    organisationId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<CaseWithParties | null> {
    const repo = manager ? manager.getRepository(CaseEntity) : this.cases;
    return this.withParties(repo.createQueryBuilder('c'))
      .where('c.organisationId = :organisationId and c.id = :id', { organisationId, id })
      .getOne();
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

  /** Replaces a case's advocates. */
  async setAdvocates(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    userIds: string[],
    by: string,
  ): Promise<void> {
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

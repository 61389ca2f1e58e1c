import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { CaseAssignmentEntity } from '@api/case-files/case-assignment.entity';

import { FollowupEntity, type FollowupKind } from './followup.entity';

/** What a follow-up says, as written by case opening or planned by @haven/rules. */
export type FollowupContent = Pick<
  FollowupEntity,
  'kind' | 'key' | 'dueAt' | 'actBy' | 'title' | 'ruleId' | 'citation' | 'explanation' | 'audience'
>;

export type NewFollowup = FollowupContent & { organisationId: string; caseId: string };

@Injectable()
export class FollowupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insertPending(manager: EntityManager, followup: NewFollowup): Promise<FollowupEntity> {
    const repo = manager.getRepository(FollowupEntity);
    return repo.save(repo.create({ ...followup, version: 1, state: 'pending', deliveredAt: null }));
  }

  /**
   * The case's live (pending or delivered) follow-ups of these kinds, row-locked. Callers hold the
   * case lock first (fact writes take it FOR UPDATE, delivery FOR KEY SHARE), so the two never
   * wait on each other in opposite orders.
   */
  findLiveForUpdate(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    kinds: readonly FollowupKind[],
  ): Promise<FollowupEntity[]> {
    return manager
      .getRepository(FollowupEntity)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.organisation_id = :organisationId and f.case_id = :caseId', {
        organisationId,
        caseId,
      })
      .andWhere(`f.state <> 'cancelled'`)
      .andWhere('f.kind in (:...kinds)', { kinds })
      .orderBy('f.key')
      .getMany();
  }

  /** A new version of the row with this content, pending again; the old version's job goes stale. */
  async revise(
    manager: EntityManager,
    row: Pick<FollowupEntity, 'id' | 'version'>,
    content: FollowupContent,
  ): Promise<number> {
    const version = row.version + 1;
    await manager
      .getRepository(FollowupEntity)
      .update(
        { id: row.id, version: row.version },
        { ...content, version, state: 'pending', deliveredAt: null },
      );
    return version;
  }

  async cancel(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(FollowupEntity).update({ id }, { state: 'cancelled' });
  }

  /** The case a follow-up belongs to, without locking anything. */
  async getCaseRefOrNull(
    manager: EntityManager,
    id: string,
  ): Promise<{ organisationId: string; caseId: string } | null> {
    const rows = (await manager.query(
      'select organisation_id as "organisationId", case_id as "caseId" from followup where id = $1',
      [id],
    )) as Array<{ organisationId: string; caseId: string }>;
    return rows[0] ?? null;
  }

  /**
   * Delivery takes the case first, like every fact write does (FOR UPDATE there, FOR KEY SHARE
   * here: the task's foreign key needs that much anyway), and waits for a fact change in flight.
   */
  async lockCaseForDelivery(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<{ closed: boolean }> {
    const rows = (await manager.query(
      `select closed_on is not null as closed from case_file
        where organisation_id = $1 and id = $2 for key share`,
      [organisationId, caseId],
    )) as Array<{ closed: boolean }>;
    return { closed: rows[0]?.closed ?? false };
  }

  /** Locks the row for the delivering transaction, so two deliveries of one job serialise. */
  getForUpdateOrNull(manager: EntityManager, id: string): Promise<FollowupEntity | null> {
    return manager
      .getRepository(FollowupEntity)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.id = :id', { id })
      .getOne();
  }

  async markDelivered(
    manager: EntityManager,
    id: string,
    version: number,
    at: Date,
  ): Promise<void> {
    await manager
      .getRepository(FollowupEntity)
      .update({ id, version, state: 'pending' }, { state: 'delivered', deliveredAt: at });
  }

  /** The case's first-assigned advocate, or null for an unassigned case. */
  async findFirstAdvocateId(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<string | null> {
    const [first] = await manager.getRepository(CaseAssignmentEntity).find({
      where: { organisationId, caseId },
      order: { assignedAt: 'ASC', userId: 'ASC' },
      take: 1,
    });
    return first?.userId ?? null;
  }

  /** The organisation's active supervisors, in a stable order. */
  async findSupervisorIds(manager: EntityManager, organisationId: string): Promise<string[]> {
    const rows = (await manager.query(
      `select id from app_user
        where organisation_id = $1 and role = 'supervisor' and disabled_at is null
        order by created_at, id`,
      [organisationId],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** Pending follow-ups, oldest due first: what the reconciler makes sure Redis holds. */
  findPending(limit: number, afterId?: string): Promise<FollowupEntity[]> {
    const query = this.dataSource
      .getRepository(FollowupEntity)
      .createQueryBuilder('f')
      .where('f.state = :state', { state: 'pending' })
      .orderBy('f.id', 'ASC')
      .limit(limit);
    if (afterId) query.andWhere('f.id > :afterId', { afterId });
    return query.getMany();
  }
}

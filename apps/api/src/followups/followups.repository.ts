import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { FollowupEntity, type FollowupKind } from './followup.entity';

@Injectable()
export class FollowupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insertPending(
    manager: EntityManager,
    followup: { organisationId: string; caseId: string; kind: FollowupKind; dueAt: Date },
  ): Promise<FollowupEntity> {
    const repo = manager.getRepository(FollowupEntity);
    return repo.save(repo.create({ ...followup, version: 1, state: 'pending', deliveredAt: null }));
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

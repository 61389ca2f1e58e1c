import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { TaskEntity } from './task.entity';

export type NewTask = Pick<
  TaskEntity,
  | 'organisationId'
  | 'caseId'
  | 'followupId'
  | 'followupVersion'
  | 'title'
  | 'dueOn'
  | 'assigneeId'
  | 'sourceRule'
>;

@Injectable()
export class TasksRepository {
  constructor(@InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>) {}

  /** INSERT … ON CONFLICT DO NOTHING on (followup_id, followup_version): true when a row was added. */
  async insertOnce(manager: EntityManager, task: NewTask): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(TaskEntity)
      .values({ ...task, status: 'open' })
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length > 0;
  }

  findByCase(organisationId: string, caseId: string): Promise<TaskEntity[]> {
    return this.tasks.find({ where: { organisationId, caseId }, order: { dueOn: 'ASC' } });
  }
}

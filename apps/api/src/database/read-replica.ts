import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/**
 * The long reads that may run on the read replica (DATABASE_REPLICA_URL): reports and exports,
 * which read one snapshot and write nothing in it. Without a replica TypeORM hands out primary
 * connections. Either way the runner is the data source's own, so in the API it is a
 * TenantQueryRunner and its transactions carry the request's organisation (tenant-connection.ts):
 * row-level security applies on the replica exactly as on the primary.
 */
@Injectable()
export class ReadReplica {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A runner on a replica connection (the primary's without one); the caller releases it. */
  createQueryRunner(): QueryRunner {
    return this.dataSource.createQueryRunner('slave');
  }

  /** Runs `work` in one transaction on the replica. It must only read: a standby refuses writes. */
  async transaction<T>(
    isolation: IsolationLevel,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const runner = this.createQueryRunner();
    try {
      return await runner.manager.transaction(isolation, work);
    } finally {
      await runner.release();
    }
  }
}

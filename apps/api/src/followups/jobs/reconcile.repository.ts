import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** What the reconciler needs of a follow-up: identity, version, state and due time, no case data. */
export interface FollowupRef {
  id: string;
  version: number;
  state: string;
  dueAt: Date;
}

/**
 * The reconciler's reads of the outbox, across every organisation (the worker connects as the
 * schema owner). Kept apart from FollowupsRepository so the reconciler reads only what it needs.
 */
@Injectable()
export class ReconcileRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pending follow-ups in id order, one keyset page after `afterId`. */
  async findPendingPage(limit: number, afterId: string | null): Promise<FollowupRef[]> {
    const rows = (await this.dataSource.query(
      `select id, version, state, due_at as "dueAt" from followup
        where state = 'pending' and ($1::uuid is null or id > $1::uuid)
        order by id limit $2`,
      [afterId, limit],
    )) as FollowupRef[];
    return rows;
  }

  /** The follow-ups with these ids (missing ids are simply absent from the result). */
  async findByIds(ids: readonly string[]): Promise<FollowupRef[]> {
    if (ids.length === 0) return [];
    return (await this.dataSource.query(
      `select id, version, state, due_at as "dueAt" from followup where id = any($1::uuid[])`,
      [ids],
    )) as FollowupRef[];
  }

  /**
   * Runs `work` while holding a session-level advisory lock, so one reconciler runs at a time
   * across every worker process (G8); returns null without running when another holds it.
   */
  async withAdvisoryLock<T>(key: number, work: () => Promise<T>): Promise<T | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [lock] = (await runner.query('select pg_try_advisory_lock($1) as ok', [key])) as Array<{
        ok: boolean;
      }>;
      if (!lock?.ok) return null;
      try {
        return await work();
      } finally {
        await runner.query('select pg_advisory_unlock($1)', [key]).catch(() => undefined);
      }
    } finally {
      await runner.release();
    }
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

type Work = () => Promise<void>;

/**
 * Work that must wait until the caller's transaction has committed, such as enqueueing the job of
 * an outbox row (security-checks G1: nothing is enqueued before commit). Work is attached to the
 * transaction's query runner, so a service needs no extra step after `dataSource.transaction(...)`:
 * it runs after the outermost COMMIT and is dropped on rollback, including a transaction retried
 * after a conflict. It runs before the connection goes back to the pool, so it must be short and
 * bounded (the producer gives up on Redis after a timeout) and must not throw: the data has
 * committed by then, and the reconciler covers anything it could not do.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface {
  private readonly logger = new Logger(AfterCommit.name);
  private readonly pending = new WeakMap<QueryRunner, Work[]>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  /** Runs `work` once the transaction `manager` belongs to has committed; never if it rolls back. */
  run(manager: EntityManager, work: Work): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      throw new Error('AfterCommit.run needs the entity manager of an open transaction');
    }
    const list = this.pending.get(runner) ?? [];
    list.push(work);
    this.pending.set(runner, list);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    // Releasing a savepoint also fires this event; the outer transaction has not committed yet.
    if (runner.isTransactionActive) return;
    const list = this.pending.get(runner);
    if (!list) return;
    this.pending.delete(runner);
    for (const work of list) {
      try {
        await work();
      } catch (err) {
        this.logger.warn(
          `after-commit work failed; the reconciler will catch up: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }
}

import { Injectable, Logger } from '@nestjs/common';

import { FollowupsReconciler } from './followups.reconciler';

export type TickSource = 'start' | 'scheduler' | 'fallback';

/**
 * The one entry to a reconciler pass in this process, whichever timer fires it: a pass already
 * running here is not started twice, and a failure is logged (the next tick retries).
 */
@Injectable()
export class ReconcileTicker {
  private readonly logger = new Logger(ReconcileTicker.name);
  private running: Promise<string> | null = null;
  private lastFinishedAt = 0;

  constructor(private readonly reconciler: FollowupsReconciler) {}

  /** Milliseconds since this process last finished a pass (Infinity before the first). */
  sinceLastPassMs(): number {
    return this.lastFinishedAt === 0 ? Infinity : Date.now() - this.lastFinishedAt;
  }

  run(source: TickSource): Promise<string> {
    this.running ??= this.pass(source).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(source: TickSource): Promise<string> {
    try {
      const report = await this.reconciler.reconcile();
      this.lastFinishedAt = Date.now();
      return report ? `reconciled (${source})` : 'skipped: another process is reconciling';
    } catch (err) {
      this.logger.error(
        `reconcile (${source}) failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      return 'failed';
    }
  }
}

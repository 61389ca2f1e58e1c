import { Module } from '@nestjs/common';

import type { AppConfig } from '@api/config/app-config';
import { LAW_CHANGES_QUEUE } from '@api/jobs/queues';
import type { SupervisedQueue } from '@api/jobs/supervised-queue';

import { LawChangesModule } from '../law-changes.module';
import { LawChangeProcessor } from './law-change.processor';
import { LawChangeSweeper } from './law-change-sweeper';

/** The worker's half of the law-change feature: the processor and the start-up sweep. */
@Module({
  imports: [LawChangesModule],
  providers: [LawChangeProcessor, LawChangeSweeper],
  exports: [LawChangeProcessor],
})
export class LawChangesWorkerModule {}

/** The law-changes queue as the worker supervisor runs it. */
export function lawChangesQueue(processor: LawChangeProcessor, config: AppConfig): SupervisedQueue {
  return {
    queueName: LAW_CHANGES_QUEUE,
    process: (job) => processor.process(job),
    // Each review locks one case; leave room for follow-up delivery on a two-core host.
    concurrency: Math.max(1, Math.min(2, config.jobs.concurrency)),
  };
}

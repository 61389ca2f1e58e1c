import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { RETENTION_QUEUE } from '@api/jobs/queues';
import type { SupervisedQueue } from '@api/jobs/supervised-queue';

import { CasePurgeRepository } from '../case-purge.repository';
import { CasePurgeService } from '../case-purge.service';
import { RetentionProcessor } from './retention.processor';
import { RetentionScheduler } from './retention-scheduler';

/** The worker's half of retention: the purge, its processor and its schedule. */
@Module({
  imports: [AuditModule, BullModule.registerQueue({ name: RETENTION_QUEUE })],
  providers: [CasePurgeRepository, CasePurgeService, RetentionProcessor, RetentionScheduler],
  exports: [RetentionProcessor],
})
export class RetentionWorkerModule {}

/** The retention queue as the worker supervisor runs it: one sweep at a time per process. */
export function retentionQueue(processor: RetentionProcessor): SupervisedQueue {
  return { queueName: RETENTION_QUEUE, process: (job) => processor.process(job), concurrency: 1 };
}

import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { ClockModule } from './clock.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { FollowupsModule } from './followups/followups.module';
import { ExportsWorkerModule } from './exports/jobs/exports-worker.module';
import { ExportProcessor } from './exports/jobs/export.processor';
import { bullRoot } from './jobs/bull-root';
import { FollowupProcessor } from '@api/followups/jobs/followup.processor';
import { ReconcileProcessor } from '@api/followups/jobs/reconcile.processor';
import { EXPORTS_QUEUE, FOLLOWUPS_QUEUE, MAINTENANCE_QUEUE } from './jobs/queues';
import { SUPERVISED_QUEUES, type SupervisedQueue } from './jobs/supervised-queue';
import { ReconcileTicker } from '@api/followups/jobs/reconcile-ticker';
import { WorkerLifecycle } from '@api/followups/jobs/worker-lifecycle';
import { WorkerSupervisor } from './jobs/worker-supervisor';
import { RetentionProcessor } from '@api/retention/jobs/retention.processor';
import { RetentionWorkerModule, retentionQueue } from '@api/retention/jobs/retention-worker.module';
import { LawChangeProcessor } from '@api/law-changes/jobs/law-change.processor';
import {
  LawChangesWorkerModule,
  lawChangesQueue,
} from '@api/law-changes/jobs/law-changes-worker.module';

/** The background worker: BullMQ processors, the reconciler and its timers, no HTTP. */
@Module({
  imports: [
    ConfigModule,
    ClockModule,
    DatabaseModule.forRole('owner'),
    bullRoot('worker'),
    BullModule.registerQueue({ name: MAINTENANCE_QUEUE }),
    FollowupsModule,
    LawChangesWorkerModule,
    ExportsWorkerModule,
    RetentionWorkerModule,
  ],
  providers: [
    FollowupProcessor,
    ReconcileProcessor,
    ReconcileTicker,
    WorkerSupervisor,
    WorkerLifecycle,
    {
      provide: SUPERVISED_QUEUES,
      inject: [
        AppConfig,
        FollowupProcessor,
        ReconcileProcessor,
        LawChangeProcessor,
        ExportProcessor,
        RetentionProcessor,
      ],
      useFactory: (
        config: AppConfig,
        followups: FollowupProcessor,
        reconcile: ReconcileProcessor,
        lawChanges: LawChangeProcessor,
        exports: ExportProcessor,
        retention: RetentionProcessor,
      ): SupervisedQueue[] => [
        {
          queueName: FOLLOWUPS_QUEUE,
          process: (job) => followups.process(job),
          concurrency: config.jobs.concurrency,
        },
        // One reconciler pass at a time per process; the advisory lock serialises processes.
        { queueName: MAINTENANCE_QUEUE, process: (job) => reconcile.process(job), concurrency: 1 },
        lawChangesQueue(lawChanges, config),
        // Exports are disk- and CPU-bound: two at a time keeps one core for follow-up delivery.
        { queueName: EXPORTS_QUEUE, process: (job) => exports.process(job), concurrency: 2 },
        retentionQueue(retention),
      ],
    },
  ],
})
export class WorkerModule {}

import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { ClockModule } from './common/clock/clock.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { FollowupsModule } from './followups/followups.module';
import { bullRoot } from './jobs/bull-root';
import { JobsModule } from './jobs/jobs.module';
import { FollowupProcessor } from './jobs/processors/followup.processor';
import { ReconcileProcessor } from './jobs/processors/reconcile.processor';
import { MAINTENANCE_QUEUE } from './jobs/queues';
import { ReconcileTicker } from './jobs/reconcile-ticker';
import { WorkerLifecycle } from './jobs/worker-lifecycle';
import { WorkerSupervisor } from './jobs/worker-supervisor';

/** The background worker: BullMQ processors, the reconciler and its timers, no HTTP. */
@Module({
  imports: [
    ConfigModule,
    ClockModule,
    DatabaseModule.forRole('owner'),
    bullRoot('worker'),
    BullModule.registerQueue({ name: MAINTENANCE_QUEUE }),
    JobsModule,
    FollowupsModule,
  ],
  providers: [
    FollowupProcessor,
    ReconcileProcessor,
    ReconcileTicker,
    WorkerSupervisor,
    WorkerLifecycle,
  ],
})
export class WorkerModule {}

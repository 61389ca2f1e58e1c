import { Module } from '@nestjs/common';

import { ClockModule } from './common/clock/clock.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { FollowupsModule } from './followups/followups.module';
import { bullRoot } from './jobs/bull-root';
import { JobsModule } from './jobs/jobs.module';
import { FollowupProcessor } from './jobs/processors/followup.processor';
import { WorkerLifecycle } from './jobs/worker-lifecycle';

/** The background worker: BullMQ processors and the reconciler, no HTTP. */
@Module({
  imports: [
    ConfigModule,
    ClockModule,
    DatabaseModule.forRole('owner'),
    bullRoot('worker'),
    JobsModule,
    FollowupsModule,
  ],
  providers: [FollowupProcessor, WorkerLifecycle],
})
export class WorkerModule {}

import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { FollowupsModule } from '@api/followups/followups.module';

import { FollowupsProducer } from './followups.producer';
import { FollowupsReconciler } from './followups.reconciler';
import { FOLLOWUPS_QUEUE } from './queues';

/** Queue registration and the producer side; the worker adds processors on top. */
@Module({
  imports: [BullModule.registerQueue({ name: FOLLOWUPS_QUEUE }), FollowupsModule],
  providers: [FollowupsProducer, FollowupsReconciler],
  exports: [FollowupsProducer, FollowupsReconciler, BullModule],
})
export class JobsModule {}

import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { FollowupsModule } from '@api/followups/followups.module';

import { FollowupScheduler } from './followup-scheduler';
import { FollowupsProducer } from './followups.producer';
import { FollowupsReconciler } from './followups.reconciler';
import { FOLLOWUPS_QUEUE } from './queues';
import { ReconcileRepository } from './reconcile.repository';

/** Queue registration and the producer side; the worker adds processors on top. */
@Module({
  imports: [BullModule.registerQueue({ name: FOLLOWUPS_QUEUE }), FollowupsModule],
  providers: [FollowupsProducer, FollowupsReconciler, FollowupScheduler, ReconcileRepository],
  exports: [FollowupsProducer, FollowupsReconciler, FollowupScheduler, BullModule],
})
export class JobsModule {}

import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { FOLLOWUPS_QUEUE } from '@api/jobs/queues';

import { AfterCommit } from './after-commit';
import { FollowupDeliveryService } from './followup-delivery.service';
import { FollowupTasksRepository } from './followup-tasks.repository';
import { FollowupsRepository } from './followups.repository';
import { FollowupScheduler } from './jobs/followup-scheduler';
import { FollowupsProducer } from './jobs/followups.producer';
import { FollowupsReconciler } from './jobs/followups.reconciler';
import { ReconcileRepository } from './jobs/reconcile.repository';

/**
 * Follow-up rows and their queue: the outbox writer and after-commit publisher (used by case
 * computation), the producer, the reconciler and the delivery that turns a due row into tasks.
 * The worker adds the processors on top.
 */
@Module({
  imports: [BullModule.registerQueue({ name: FOLLOWUPS_QUEUE })],
  providers: [
    AfterCommit,
    FollowupsRepository,
    FollowupTasksRepository,
    FollowupDeliveryService,
    FollowupsProducer,
    FollowupScheduler,
    FollowupsReconciler,
    ReconcileRepository,
  ],
  exports: [
    FollowupsRepository,
    FollowupTasksRepository,
    FollowupDeliveryService,
    FollowupsProducer,
    FollowupScheduler,
    FollowupsReconciler,
    BullModule,
  ],
})
export class FollowupsModule {}

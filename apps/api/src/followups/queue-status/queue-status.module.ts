import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { FOLLOWUPS_QUEUE } from '@api/jobs/queues';

import { FollowupJobsReader } from './followup-jobs.reader';
import { QueueStatusController } from './queue-status.controller';
import { QueueStatusRepository } from './queue-status.repository';
import { QueueStatusService } from './queue-status.service';

/** The admin queue dashboard of the API process (read-only, one organisation at a time). */
@Module({
  imports: [BullModule.registerQueue({ name: FOLLOWUPS_QUEUE })],
  controllers: [QueueStatusController],
  providers: [FollowupJobsReader, QueueStatusRepository, QueueStatusService],
})
export class QueueStatusModule {}

import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';

import {
  FollowupDeliveryService,
  type DeliveryOutcome,
} from '@api/followups/followup-delivery.service';

import { FOLLOWUPS_QUEUE, FollowupJob, type DeliverFollowupPayload } from '../queues';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates the payload and hands it to the delivery service; no business logic here. */
@Processor(FOLLOWUPS_QUEUE)
export class FollowupProcessor extends WorkerHost {
  private readonly logger = new Logger(FollowupProcessor.name);

  constructor(private readonly delivery: FollowupDeliveryService) {
    super();
  }

  async process(job: Job<DeliverFollowupPayload>): Promise<DeliveryOutcome> {
    if (job.name !== FollowupJob.Deliver) throw new Error(`unknown job name ${job.name}`);
    const { followupId, version } = job.data;
    if (typeof followupId !== 'string' || !UUID.test(followupId) || !Number.isInteger(version)) {
      throw new Error(`invalid payload for job ${job.id}`);
    }
    const outcome = await this.delivery.deliver({ followupId, version });
    this.logger.log(`job ${job.name} ${job.id}: ${outcome}`);
    return outcome;
  }
}

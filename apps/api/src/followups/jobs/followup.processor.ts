import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';

import { FollowupDeliveryService, type DeliveryOutcome } from '../followup-delivery.service';

import { FollowupJob, type DeliverFollowupPayload } from '@api/jobs/queues';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Validates the payload and hands it to the delivery service; no business logic here. The worker
 * supervisor (not a @Processor decorator) runs it, so its BullMQ options come from AppConfig and
 * the watchdog can replace a BullMQ worker that stopped consuming.
 */
@Injectable()
export class FollowupProcessor {
  private readonly logger = new Logger(FollowupProcessor.name);

  constructor(private readonly delivery: FollowupDeliveryService) {}

  async process(job: Job<DeliverFollowupPayload>): Promise<DeliveryOutcome> {
    if (job.name !== FollowupJob.Deliver) throw new Error(`unknown job name ${job.name}`);
    const { followupId, version } = job.data;
    if (typeof followupId !== 'string' || !UUID.test(followupId) || !Number.isInteger(version)) {
      throw new Error(`invalid payload for job ${job.id}`);
    }
    const outcome = await this.delivery.deliver({ followupId, version });
    this.logger.debug(`job ${job.name} ${job.id}: ${outcome}`);
    return outcome;
  }
}

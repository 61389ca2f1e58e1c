import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';

import { parseDeploymentKey } from '@haven/rules';

import {
  LawChangeJob,
  type ReviewLawChangePayload,
  type SweepLawChangePayload,
} from '@api/jobs/queues';

import { LawChangeReviewService } from '../law-change-review.service';
import { LawChangeProducer } from './law-change.producer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuid(value: unknown, job: Job): string {
  if (typeof value !== 'string' || !UUID.test(value))
    throw new Error(`invalid payload for job ${job.id}`);
  return value;
}

/** A deployment key: a known rule set, with the library's revision when it has one. */
function ruleSet(value: unknown, job: Job): string {
  if (typeof value !== 'string' || parseDeploymentKey(value) === null) {
    throw new Error(`invalid rule set in job ${job.id}`);
  }
  return value;
}

/** Validates a law-change job's payload and calls the review service; logs ids only. */
@Injectable()
export class LawChangeProcessor {
  private readonly logger = new Logger(LawChangeProcessor.name);

  constructor(
    private readonly reviews: LawChangeReviewService,
    private readonly producer: LawChangeProducer,
  ) {}

  async process(job: Job<SweepLawChangePayload | ReviewLawChangePayload>): Promise<string> {
    const data = job.data as unknown as Record<string, unknown>;
    const organisationId = uuid(data['organisationId'], job);
    const rulesSet = ruleSet(data['rulesSet'], job);
    switch (job.name) {
      case LawChangeJob.Sweep: {
        const pending = await this.reviews.sweep(organisationId, rulesSet);
        await this.producer.review(organisationId, pending, rulesSet);
        this.logger.log(`job ${job.name} ${job.id}: ${pending.length} case(s) to review`);
        return `${pending.length} pending`;
      }
      case LawChangeJob.ReviewCase: {
        const caseId = uuid(data['caseId'], job);
        const outcome = await this.reviews.review(organisationId, caseId, rulesSet);
        this.logger.debug(`job ${job.name} ${job.id} case ${caseId}: ${outcome}`);
        return outcome;
      }
      default:
        throw new Error(`unknown job name ${job.name}`);
    }
  }
}

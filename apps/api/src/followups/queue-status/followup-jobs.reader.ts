import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';

import type { QueueJobState } from '@haven/contracts';

import { FOLLOWUPS_QUEUE, type DeliverFollowupPayload } from '@api/jobs/queues';

import { QUEUE_JOB_STATES } from './queue-job-states';
import { queueUnavailable } from './queue-status.errors';

/**
 * The longest the dashboard waits for one read from Redis. The API's BullMQ connection keeps no
 * offline queue, but a queue whose connection never became ready waits for it without end (the
 * board used to hang for minutes with Redis down), so each read is bounded here.
 */
const REDIS_READ_TIMEOUT_MS = 2000;

/** The dashboard's reads of the follow-ups queue in Redis: ids by state, then chosen jobs. */
@Injectable()
export class FollowupJobsReader {
  constructor(
    @InjectQueue(FOLLOWUPS_QUEUE) private readonly queue: Queue<DeliverFollowupPayload>,
  ) {}

  /** Every job id in each state, newest first. Ids only: payloads are fetched for a chosen few. */
  async idsByState(): Promise<Record<QueueJobState, string[]>> {
    const lists = await withinTimeLimit(
      Promise.all(QUEUE_JOB_STATES.map((state) => this.queue.getRanges([state], 0, -1, false))),
    );
    return Object.fromEntries(
      QUEUE_JOB_STATES.map((state, i) => [state, lists[i] ?? []]),
    ) as Record<QueueJobState, string[]>;
  }

  /** These jobs as stored now; a job removed since its id was listed is left out. */
  async jobs(ids: readonly string[]): Promise<Job<DeliverFollowupPayload>[]> {
    const jobs = await withinTimeLimit(Promise.all(ids.map((id) => this.queue.getJob(id))));
    return jobs.filter((job): job is Job<DeliverFollowupPayload> => job !== undefined);
  }
}

async function withinTimeLimit<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Redis did not answer within ${REDIS_READ_TIMEOUT_MS} ms`)),
      REDIS_READ_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (err) {
    throw queueUnavailable(err);
  } finally {
    clearTimeout(timer);
  }
}

import type { Job } from 'bullmq';

import type { QueueJobResponse, QueueJobState } from '@haven/contracts';

/**
 * Allow-list of what the dashboard shows of a job: no payload, options, stack trace or return
 * value, and nothing of the Redis server it lives on.
 */
export function toQueueJobResponse(job: Job, state: QueueJobState): QueueJobResponse {
  return {
    id: job.id ?? '',
    name: job.name,
    state,
    createdAt: new Date(job.timestamp).toISOString(),
    runAt: new Date(job.timestamp + (job.delay ?? 0)).toISOString(),
    processedAt: job.processedOn ? new Date(job.processedOn).toISOString() : null,
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    attempts: job.attemptsMade,
    failedReason: job.failedReason || null,
  };
}

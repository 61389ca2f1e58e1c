import type { QueueJobState } from '@haven/contracts';

import { valuesOf } from '@api/common/openapi/schema-options';

/**
 * The states the dashboard reads, in the order it lists them. Haven sets no priorities and builds
 * no flows, so BullMQ's `prioritized` and `waiting-children` never hold one of its jobs.
 */
export const QUEUE_JOB_STATES = valuesOf<QueueJobState>({
  waiting: true,
  delayed: true,
  active: true,
  completed: true,
  failed: true,
});

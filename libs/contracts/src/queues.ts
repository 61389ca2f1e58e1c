/** The states the queue dashboard reports a job in (BullMQ's, for the states Haven uses). */
export type QueueJobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

/** GET /api/admin/queues query: one state only, and how many jobs to list (newest first). */
export interface QueueStatusQuery {
  state?: QueueJobState;
  limit?: number;
}

/** One of the organisation's jobs. Instants are ISO; `runAt` is when a delayed job falls due. */
export interface QueueJobResponse {
  id: string;
  name: string;
  state: QueueJobState;
  createdAt: string;
  runAt: string;
  processedAt: string | null;
  finishedAt: string | null;
  attempts: number;
  failedReason: string | null;
}

/** GET /api/admin/queues: the signed-in organisation's follow-up jobs, counted and listed. */
export interface QueueStatusResponse {
  queue: 'followups';
  counts: Record<QueueJobState, number>;
  jobs: QueueJobResponse[];
}

import type { Job } from 'bullmq';

/** One queue this worker process consumes: each feature's processor, wired by worker.module.ts. */
export interface SupervisedQueue {
  queueName: string;
  process: (job: Job) => Promise<unknown>;
  concurrency: number;
}

/** The injection token for the list of queues the WorkerSupervisor runs and watches. */
export const SUPERVISED_QUEUES = Symbol('SUPERVISED_QUEUES');

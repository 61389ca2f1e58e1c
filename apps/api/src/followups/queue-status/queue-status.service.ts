import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Job } from 'bullmq';

import type { QueueJobState, QueueStatusResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';

import { parseFollowupJobId } from '@api/jobs/queues';

import { toQueueJobResponse } from './dto/queue-job.response';
import { DEFAULT_JOB_LIMIT, type QueueStatusQueryDto } from './dto/queue-status.query';
import { FollowupJobsReader } from './followup-jobs.reader';
import { QUEUE_JOB_STATES } from './queue-job-states';
import { QueueStatusRepository } from './queue-status.repository';

/**
 * The admin's view of the follow-up queue, limited to the admin's organisation.
 *
 * Redis holds every organisation's jobs in the same lists, and a job's payload names only the
 * follow-up and its version. So the organisation is decided by PostgreSQL, the record of which
 * follow-up is whose: the job ids (which name their follow-up) are read first, the follow-ups of
 * the actor's organisation among them are looked up, and only those jobs are counted and fetched.
 * A job whose follow-up is gone, or whose id is not a follow-up's, belongs to no one and is shown
 * to no one. Bull Board was dropped for this: its counts, pages, job, log and Redis routes all
 * read the whole queue or server, and none can be scoped to a tenant.
 */
@Injectable()
export class QueueStatusService {
  constructor(
    private readonly reader: FollowupJobsReader,
    private readonly repository: QueueStatusRepository,
  ) {}

  async status(actor: Actor, query: QueueStatusQueryDto): Promise<QueueStatusResponse> {
    const idsByState = await this.reader.idsByState();
    const followupOf = new Map<string, string>();
    for (const ids of Object.values(idsByState)) {
      for (const id of ids) {
        const followupId = parseFollowupJobId(id)?.followupId;
        if (followupId && isUUID(followupId)) followupOf.set(id, followupId);
      }
    }
    const ours = await this.repository.findFollowupIdsInOrganisation(actor.organisationId, [
      ...new Set(followupOf.values()),
    ]);
    const isOurs = (jobId: string): boolean => ours.has(followupOf.get(jobId) ?? '');

    const counts = {} as Record<QueueJobState, number>;
    // Each state is its own read, so a job moving on between two of them can be listed twice.
    const stateOf = new Map<string, QueueJobState>();
    const limit = query.limit ?? DEFAULT_JOB_LIMIT;
    for (const state of QUEUE_JOB_STATES) {
      const ourIds = idsByState[state].filter(isOurs);
      counts[state] = ourIds.length;
      if (query.state && query.state !== state) continue;
      for (const id of ourIds.slice(0, limit)) if (!stateOf.has(id)) stateOf.set(id, state);
    }

    const jobs = (await this.reader.jobs([...stateOf.keys()]))
      .sort((a, b) => lastActivity(b) - lastActivity(a))
      .slice(0, limit)
      .map((job) => toQueueJobResponse(job, stateOf.get(job.id ?? '') ?? 'waiting'));
    return { queue: 'followups', counts, jobs };
  }
}

function lastActivity(job: Job): number {
  return job.finishedOn ?? job.processedOn ?? job.timestamp;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { TimelineResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';

import { buildTimeline } from './timeline-entries';
import { TimelineRepository } from './timeline.repository';

/** A case's history and what is due, in one list; never a confidential field. */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly timeline: TimelineRepository,
  ) {}

  async get(actor: Actor, caseId: string): Promise<TimelineResponse> {
    // One statement, so one snapshot: a write landing mid-read cannot show a deadline without the
    // fact behind it. Outside any transaction of ours, the tenant setting's START and the COMMIT
    // go with it in one round trip (tenant-connection.ts; issue 18).
    const facts = await this.access.readVisible(actor, caseId, ({ organisationId, assigneeId }) =>
      this.timeline.loadVisible(this.dataSource.manager, organisationId, caseId, assigneeId),
    );
    return { caseId, entries: buildTimeline(facts) };
  }
}

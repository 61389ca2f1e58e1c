import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { AuditService } from '@api/audit/audit.service';
import { Clock, virginiaDate } from '@api/common/clock/clock';

import { CasePurgeRepository } from './case-purge.repository';

const BATCH = 200;

/** What one sweep did. */
export interface SweepReport {
  asOf: string;
  purged: number;
  skipped: number;
}

/**
 * The retention purge (security-checks D6). Each case is purged in its own transaction: lock the
 * case, check again that it is due (closed past its organisation's period, no legal hold, not yet
 * purged), clear its confidential fields and notes, write the case_purge row (its primary key
 * makes the purge exactly-once per case) and the audit row, commit. A worker killed anywhere
 * leaves each case either untouched or wholly purged, and the next sweep carries on.
 */
@Injectable()
export class CasePurgeService {
  private readonly logger = new Logger(CasePurgeService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: CasePurgeRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async sweep(): Promise<SweepReport> {
    const asOf = virginiaDate(this.clock.now());
    let after = '00000000-0000-0000-0000-000000000000';
    let purged = 0;
    let skipped = 0;
    for (;;) {
      const ids = await this.repo.findDue(this.dataSource.manager, asOf, after, BATCH);
      for (const id of ids) {
        if (await this.purgeCase(id, asOf)) purged += 1;
        else skipped += 1;
      }
      const last = ids[ids.length - 1];
      if (ids.length < BATCH || last === undefined) break;
      after = last;
    }
    this.logger.log(`retention sweep as of ${asOf}: ${purged} case(s) purged, ${skipped} skipped`);
    return { asOf, purged, skipped };
  }

  /** Purges one case if it is still due; false when something came first (hold, purge, reopen). */
  async purgeCase(caseId: string, asOf: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const candidate = await this.repo.lockIfDue(manager, caseId, asOf);
      if (!candidate) return false;
      const counts = await this.repo.purgeCaseRecords(manager, caseId);
      if (candidate.clientId)
        counts.clientPurged = await this.repo.purgeClient(manager, candidate.clientId, caseId);
      if (candidate.respondentId)
        counts.respondentPurged = await this.repo.purgeRespondent(
          manager,
          candidate.respondentId,
          caseId,
        );
      const now = this.clock.now();
      await this.repo.recordPurge(manager, candidate, counts, now);
      await this.audit.record(
        {
          action: 'purge',
          organisationId: candidate.organisationId,
          actorUserId: null,
          targetType: 'case_file',
          targetId: caseId,
          details: {
            reference: candidate.reference,
            closedOn: candidate.closedOn,
            retentionYears: candidate.retentionYears,
            ...counts,
          },
        },
        manager,
      );
      return true;
    });
  }
}

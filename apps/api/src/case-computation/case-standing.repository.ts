import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CaseStanding } from './case-stage';

/** Writes what the caseload shows of a computed case: its stage, order kind and next due date. */
@Injectable()
export class CaseStandingRepository {
  /** A closed case keeps its stage; its next due date still follows the facts. */
  async save(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    standing: CaseStanding,
  ): Promise<void> {
    await manager.query(
      'update case_file set next_due_on = $3, updated_at = now() where organisation_id = $1 and id = $2',
      [organisationId, caseId, standing.nextDueOn],
    );
    await manager.query(
      `update case_file set stage = $3, order_kind = $4, updated_at = now()
        where organisation_id = $1 and id = $2 and closed_on is null`,
      [organisationId, caseId, standing.stage, standing.orderKind],
    );
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CaseRecord } from '@api/case-computation/case-record';

import type { DocumentNames } from './document-data';

/**
 * The names a document shows, read in the caller's transaction: the organisation, the acting
 * advocate, the parties' names, the case reference and the courts' names. Never a sealed column.
 */
@Injectable()
export class DocumentContextRepository {
  async names(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    userId: string,
    record: CaseRecord,
  ): Promise<DocumentNames> {
    const [row] = (await manager.query(
      `select o.name as "organisationName", u.display_name as "advocateName",
              cl.full_name as "clientName", r.full_name as "respondentName", c.reference as "caseReference"
         from case_file c
         join organisation o on o.id = c.organisation_id
         join client cl on cl.id = c.client_id and cl.organisation_id = c.organisation_id
         join respondent r on r.id = c.respondent_id and r.organisation_id = c.organisation_id
         left join app_user u on u.id = $3 and u.organisation_id = c.organisation_id
        where c.organisation_id = $1 and c.id = $2`,
      [organisationId, caseId, userId],
    )) as Array<Omit<DocumentNames, 'courts' | 'advocateName'> & { advocateName: string | null }>;
    if (!row) throw new Error(`case ${caseId} vanished inside its own transaction`);
    const courtIds = [
      ...new Set([
        ...record.orders.map((o) => o.issuingCourtId),
        ...record.petitions.map((p) => p.courtId),
      ]),
    ];
    const courts = (await manager.query(`select id, name from court_in_force where id = any($1)`, [
      courtIds,
    ])) as Array<{ id: string; name: string }>;
    return {
      ...row,
      advocateName: row.advocateName ?? '',
      courts: new Map(courts.map((c) => [c.id, c.name])),
    };
  }
}

import type { CaseSummaryResponse } from '@haven/contracts';

import type { CaseEntity } from '../case.entity';

/** Allow-list of what a caseload row shows; anything not named here never leaves the API. */
export function toCaseSummaryResponse(row: CaseEntity): CaseSummaryResponse {
  return {
    id: row.id,
    reference: row.reference,
    clientName: row.clientName,
    respondentName: row.respondentName,
    stage: row.stage,
    orderKind: row.orderKind,
    assignedAdvocate: row.assignedAdvocate
      ? { id: row.assignedAdvocate.id, displayName: row.assignedAdvocate.displayName }
      : null,
    openedOn: row.openedOn,
  };
}

import type { PetitionResponse } from '@haven/contracts';

import type { PetitionEntity } from '../petition.entity';

/** Allow-list of what a petition shows. */
export function toPetitionResponse(row: PetitionEntity): PetitionResponse {
  return {
    id: row.id,
    caseId: row.caseId,
    orderKindSought: row.orderKindSought,
    filedOn: row.filedOn,
    courtId: row.courtId,
    courtKind: row.courtKind,
    courtLocality: row.courtLocality,
    courtCaseNumber: row.courtCaseNumber,
    militaryProtectiveOrder:
      row.mpoIssuingCommand && row.mpoIssuedOn
        ? {
            issuingCommand: row.mpoIssuingCommand,
            issuedOn: row.mpoIssuedOn,
            ...(row.mpoEnteredInNcic !== null ? { enteredInNcic: row.mpoEnteredInNcic } : {}),
          }
        : null,
    createdAt: row.createdAt.toISOString(),
  };
}

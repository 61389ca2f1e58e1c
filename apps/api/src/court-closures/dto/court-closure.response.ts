import type { CourtClosureResponse } from '@haven/contracts';

import type { CourtClosureEntity } from '../court-closure.entity';

/** Allow-list of what a closure shows. */
export function toCourtClosureResponse(row: CourtClosureEntity): CourtClosureResponse {
  return {
    id: row.id,
    closedOn: row.closedOn,
    courtIds: row.courtIds,
    localityIds: row.localityIds,
    allDay: row.allDay,
    kind: row.kind,
    name: row.name,
    authority: row.authority,
    createdAt: row.createdAt.toISOString(),
  };
}

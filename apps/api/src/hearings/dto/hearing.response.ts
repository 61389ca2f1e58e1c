import type { HearingResponse } from '@haven/contracts';

import type { HearingEntity } from '../hearing.entity';

/** Allow-list of what a hearing shows; `continuedToId` is the hearing that replaced it, if any. */
export function toHearingResponse(
  row: HearingEntity,
  continuedToId: string | null,
): HearingResponse {
  return {
    id: row.id,
    caseId: row.caseId,
    orderId: row.orderId,
    kind: row.kind,
    scheduledOn: row.scheduledOn,
    // PostgreSQL answers 'HH:MM:SS'; the wire carries 'HH:MM'.
    scheduledTime: row.scheduledTime?.slice(0, 5) ?? null,
    outcome: row.outcome,
    heldOn: row.heldOn,
    continuanceReason: row.continuanceReason,
    continuedFromId: row.continuedFromId,
    continuedToId,
  };
}

/** A case's hearings with each one's forward link, taken from the rows that continue it. */
export function toHearingListResponse(rows: HearingEntity[]): HearingResponse[] {
  const continuedTo = new Map<string, string>();
  for (const row of rows) {
    if (row.continuedFromId) continuedTo.set(row.continuedFromId, row.id);
  }
  return rows.map((row) => toHearingResponse(row, continuedTo.get(row.id) ?? null));
}

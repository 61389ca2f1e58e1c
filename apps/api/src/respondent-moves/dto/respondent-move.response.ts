import type { RespondentMoveResponse } from '@haven/contracts';
import type { CaseComputation } from '@haven/rules';

import type { RespondentMoveRow } from '../respondent-moves.repository';

/** Allow-list of what a move shows, with its R26a notice deadline from the case's computation. */
export function toRespondentMoveResponse(
  { move, hasNewAddress }: RespondentMoveRow,
  computation: CaseComputation | null,
): RespondentMoveResponse {
  const deadline = computation?.deadlines.find(
    (d) => d.kind === 'notice_by' && d.moveId === move.id,
  );
  return {
    id: move.id,
    caseId: move.caseId,
    movedOn: move.movedOn,
    noticeReceivedOn: move.noticeReceivedOn,
    hasNewAddress,
    noticeDueOn: deadline?.due.date ?? null,
    ruleVersion: deadline?.ruleVersion ?? null,
    citation: deadline?.citation.text ?? null,
    createdAt: move.createdAt.toISOString(),
  };
}

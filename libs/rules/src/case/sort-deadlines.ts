import type { DeadlineKind, DeadlineResult } from '../model/deadline';

const KIND_RANK: Readonly<Record<DeadlineKind, number>> = {
  service_follow_up: 0,
  notice_by: 1,
  next_friend_file_by: 2,
  file_by: 3,
  hearing_by: 4,
  advisory_target: 5,
  order_expiry: 6,
  max_expiry: 7,
};

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Total order of deadlines: date, time (date-only as end of day), kind, rule and the ids. */
export function compareDeadlines(a: DeadlineResult, b: DeadlineResult): number {
  return (
    cmp(a.due.date, b.due.date) ||
    cmp(a.due.time ?? '23:59', b.due.time ?? '23:59') ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.orderId ?? '', b.orderId ?? '') ||
    cmp(a.hearingId ?? '', b.hearingId ?? '') ||
    cmp(a.petitionId ?? '', b.petitionId ?? '') ||
    cmp(a.moveId ?? '', b.moveId ?? '')
  );
}

import type { FollowupEntity } from '@api/followups/followup.entity';
import type { FollowupContent } from '@api/followups/followups.repository';

export type StoredFollowup = Pick<FollowupEntity, 'id' | 'version' | 'state'> & FollowupContent;

/** One change that brings the stored follow-ups of a case to the planned set. */
export type FollowupChange =
  /** Newly planned: a pending row, version 1. */
  | { op: 'insert'; planned: FollowupContent }
  /**
   * A new version of the row, pending: its due time or content changed while it was pending, or
   * it was delivered and its due time moved into the future (the task is owed again, for the new
   * date). The old version's job goes stale and its open tasks are cancelled.
   */
  | { op: 'revise'; stored: StoredFollowup; planned: FollowupContent }
  /**
   * No longer planned: the row is cancelled. A pending one never makes its task; a delivered one's
   * open tasks are cancelled, since the condition behind them has gone (service recorded, motion
   * filed, order ended) or a later check replaced them.
   */
  | { op: 'cancel'; stored: StoredFollowup };

function sameContent(a: FollowupContent, b: FollowupContent): boolean {
  return (
    a.kind === b.kind &&
    a.dueAt.getTime() === b.dueAt.getTime() &&
    a.actBy === b.actBy &&
    a.title === b.title &&
    a.ruleId === b.ruleId &&
    a.citation === b.citation &&
    a.explanation === b.explanation &&
    a.audience === b.audience
  );
}

/**
 * Diffs the stored live follow-ups of a case (pending or delivered) against the planned set, by
 * key. A delivered follow-up whose wording changed, or whose due time moved to a time already
 * past, is left as it is: its task was made, and making it again now would only repeat it.
 */
export function diffFollowups(
  stored: readonly StoredFollowup[],
  planned: readonly FollowupContent[],
  now: Date,
): FollowupChange[] {
  const byKey = new Map(stored.map((s) => [s.key, s]));
  const changes: FollowupChange[] = [];
  const plannedKeys = new Set<string>();
  for (const p of planned) {
    plannedKeys.add(p.key);
    const s = byKey.get(p.key);
    if (s === undefined) {
      changes.push({ op: 'insert', planned: p });
    } else if (s.state === 'pending') {
      if (!sameContent(s, p)) changes.push({ op: 'revise', stored: s, planned: p });
    } else if (s.dueAt.getTime() !== p.dueAt.getTime() && p.dueAt.getTime() > now.getTime()) {
      changes.push({ op: 'revise', stored: s, planned: p });
    }
  }
  for (const s of stored) {
    if (!plannedKeys.has(s.key)) changes.push({ op: 'cancel', stored: s });
  }
  return changes;
}

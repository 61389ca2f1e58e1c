import type { LawChangeDifference } from '@haven/contracts';

/** A stored (or freshly computed) deadline, as the law-change comparison reads it. */
export interface DeadlineSnapshot {
  key: string;
  ruleId: string;
  ruleVersion: string;
  kind: string;
  dueOn: string;
  dueTime: string | null;
}

/** A live follow-up, as the comparison reads it. */
export interface FollowupSnapshot {
  key: string;
  ruleId: string | null;
  title: string;
  actBy: string;
}

/** A case's deadlines and follow-ups at one moment. */
export interface CaseSnapshot {
  deadlines: DeadlineSnapshot[];
  followups: FollowupSnapshot[];
}

function at(d: DeadlineSnapshot): string {
  return d.dueTime ? `${d.dueOn} ${d.dueTime.slice(0, 5)}` : d.dueOn;
}

/**
 * What a law update changed in a case: deadlines and follow-ups added, removed or moved to another
 * date. A version label that changes while the date stays (R10 v2 for an order without the
 * finding) is not a change an advocate must act on, so it is left out.
 */
export function diffSnapshots(before: CaseSnapshot, after: CaseSnapshot): LawChangeDifference[] {
  const out: LawChangeDifference[] = [];
  const oldDeadlines = new Map(before.deadlines.map((d) => [d.key, d]));
  const newDeadlines = new Map(after.deadlines.map((d) => [d.key, d]));
  for (const [key, next] of newDeadlines) {
    const prev = oldDeadlines.get(key);
    if (prev && at(prev) === at(next)) continue;
    out.push({
      what: 'deadline',
      ruleId: next.ruleId,
      ruleVersion: next.ruleVersion,
      label: next.kind,
      oldDate: prev ? at(prev) : null,
      newDate: at(next),
    });
  }
  for (const [key, prev] of oldDeadlines) {
    if (newDeadlines.has(key)) continue;
    out.push({
      what: 'deadline',
      ruleId: prev.ruleId,
      ruleVersion: null,
      label: prev.kind,
      oldDate: at(prev),
      newDate: null,
    });
  }
  const oldFollowups = new Map(before.followups.map((f) => [f.key, f]));
  const newFollowups = new Map(after.followups.map((f) => [f.key, f]));
  const versionOf = (ruleId: string | null): string | null =>
    after.deadlines.find((d) => d.ruleId === ruleId)?.ruleVersion ?? null;
  for (const [key, next] of newFollowups) {
    const prev = oldFollowups.get(key);
    if (prev && prev.actBy === next.actBy) continue;
    out.push({
      what: 'followup',
      ruleId: next.ruleId ?? '',
      ruleVersion: versionOf(next.ruleId),
      label: next.title,
      oldDate: prev?.actBy ?? null,
      newDate: next.actBy,
    });
  }
  for (const [key, prev] of oldFollowups) {
    if (newFollowups.has(key)) continue;
    out.push({
      what: 'followup',
      ruleId: prev.ruleId ?? '',
      ruleVersion: null,
      label: prev.title,
      oldDate: prev.actBy,
      newDate: null,
    });
  }
  return out.sort(
    (a, b) =>
      (a.what < b.what ? -1 : a.what > b.what ? 1 : 0) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}

import type { Client } from 'pg';

/** What the checker found; every list empty means none lost, none doubled, none stale. */
export interface CheckerReport {
  followups: number;
  tasks: number;
  /** Delivered follow-ups without their task, or due pending ones never delivered. */
  missing: string[];
  /** More than one task for one follow-up version, or for one follow-up at all. */
  doubled: string[];
  /** Tasks for a version that is not the follow-up's delivered one (stale job acted on). */
  stale: string[];
}

/**
 * The Jepsen-style checker every G drill ends with (security-checks §1, G): after quiescence,
 * compare the task table with what the follow-up rows say is owed at `now`:
 * - each delivered follow-up has exactly one task, for its current version;
 * - no follow-up due at `now` is still pending;
 * - no task exists for a cancelled follow-up or an old version.
 * The drills create follow-up rows directly (or through case intake), so the rows are the
 * statement of what is owed here; which rows the facts require is the rules' own tests' concern.
 */
export async function checkExactlyOnce(db: Client, now: Date): Promise<CheckerReport> {
  const followups = (
    await db.query<{ id: string; version: number; state: string; due_at: Date }>(
      'select id, version, state, due_at from followup',
    )
  ).rows;
  const tasks = (
    await db.query<{ followup_id: string | null; followup_version: number | null }>(
      'select followup_id, followup_version from task where followup_id is not null',
    )
  ).rows;
  const tasksByFollowup = new Map<string, number[]>();
  for (const t of tasks) {
    const list = tasksByFollowup.get(t.followup_id as string) ?? [];
    list.push(t.followup_version as number);
    tasksByFollowup.set(t.followup_id as string, list);
  }
  const report: CheckerReport = {
    followups: followups.length,
    tasks: tasks.length,
    missing: [],
    doubled: [],
    stale: [],
  };
  for (const f of followups) {
    const versions = tasksByFollowup.get(f.id) ?? [];
    const current = versions.filter((v) => v === f.version).length;
    if (current > 1) report.doubled.push(f.id);
    if (f.state === 'delivered' && current === 0) report.missing.push(f.id);
    if (f.state === 'pending' && f.due_at.getTime() <= now.getTime()) report.missing.push(f.id);
    if (versions.some((v) => v !== f.version) || (f.state !== 'delivered' && current > 0)) {
      report.stale.push(f.id);
    }
  }
  return report;
}

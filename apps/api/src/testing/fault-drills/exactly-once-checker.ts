import type { Client } from 'pg';

/** What the task half of the checker found; every list empty means none lost, doubled or stale. */
export interface TaskReport {
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
 * - each delivered follow-up has exactly one task per assignee slot of its audience for its
 *   current version, and no (version, slot) twice;
 * - no follow-up due at `now` is still pending;
 * - no task for a version not (yet) delivered: a pending row's current version, a row cancelled
 *   before delivery, or a version the row never reached.
 * Whether the rows themselves are what the facts require is the other half (rules-checker.ts);
 * DrillEnvironment.settleAndCheck runs both.
 */
export async function checkExactlyOnce(db: Client, now: Date): Promise<TaskReport> {
  const followups = (
    await db.query<{
      id: string;
      version: number;
      state: string;
      due_at: Date;
      delivered_at: Date | null;
      audience: string;
    }>('select id, version, state, due_at, delivered_at, audience from followup')
  ).rows;
  const tasks = (
    await db.query<{ followup_id: string; followup_version: number; assignee_slot: string }>(
      `select followup_id, followup_version, assignee_slot from task where followup_id is not null`,
    )
  ).rows;
  const tasksByFollowup = new Map<string, Array<{ version: number; slot: string }>>();
  for (const t of tasks) {
    const list = tasksByFollowup.get(t.followup_id) ?? [];
    list.push({ version: t.followup_version, slot: t.assignee_slot });
    tasksByFollowup.set(t.followup_id, list);
  }
  const report: TaskReport = {
    followups: followups.length,
    tasks: tasks.length,
    missing: [],
    doubled: [],
    stale: [],
  };
  for (const f of followups) {
    const owned = tasksByFollowup.get(f.id) ?? [];
    const keys = owned.map((t) => `${t.version}/${t.slot}`);
    const currentSlots = owned.filter((t) => t.version === f.version).map((t) => t.slot);
    // The audience names who gets a task: the advocate's slot is 'advocate'; the supervisors'
    // are 'supervisor:<id>' each (or one 'supervisor' when the organisation has none).
    const expectedSlots = f.audience === 'both' ? ['advocate', 'supervisor'] : [f.audience];
    if (new Set(keys).size !== keys.length) report.doubled.push(f.id);
    const hasSlot = (slot: string) => currentSlots.some((s) => s.split(':')[0] === slot);
    if (f.state === 'delivered' && !expectedSlots.every(hasSlot)) {
      report.missing.push(f.id);
    }
    if (f.state === 'pending' && f.due_at.getTime() <= now.getTime()) report.missing.push(f.id);
    // A revised follow-up keeps the tasks of a version it delivered earlier, so older versions
    // may have them; but never a version it has not reached, and never its current version while
    // still pending, or cancelled before it was ever delivered.
    const neverDelivered = f.state === 'pending' || (f.state === 'cancelled' && !f.delivered_at);
    if (owned.some((t) => t.version > f.version) || (neverDelivered && currentSlots.length > 0)) {
      report.stale.push(f.id);
    }
  }
  return report;
}

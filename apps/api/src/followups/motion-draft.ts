// Issue 19: the follow-ups about filing the motion to extend (plan keys 'extend.file:<orderId>',
// 'extend.escalate:…', 'extend.deadline:…') link straight to the prefilled draft.
const MOTION_FOLLOWUPS = new Set([
  'extension_file_motion',
  'extension_escalation',
  'extension_deadline_day',
]);

/** The order whose motion to extend a task's follow-up asks for, or null for any other task. */
export function motionDraftOrderId(
  followupKind: string | null,
  followupKey: string | null,
): string | null {
  if (!followupKind || !MOTION_FOLLOWUPS.has(followupKind) || !followupKey) return null;
  const orderId = followupKey.slice(followupKey.indexOf(':') + 1);
  return orderId || null;
}

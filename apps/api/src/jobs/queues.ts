/** Every queue and job name Haven uses, with one payload type per job. Nothing else is valid. */
export const FOLLOWUPS_QUEUE = 'followups';

export const FollowupJob = {
  Deliver: 'deliver-followup',
} as const;

/** Payloads carry ids and a version only, never a survivor's data (security-checks A8). */
export interface DeliverFollowupPayload {
  followupId: string;
  version: number;
}

/** Deterministic job id: a re-enqueue of the same version is a no-op (no ':' and not all digits). */
export function followupJobId(followupId: string, version: number): string {
  return `fu-${followupId}-v${version}`;
}

/** Every queue and job name Haven uses, with one payload type per job. Nothing else is valid. */
export const FOLLOWUPS_QUEUE = 'followups';
/** The worker's own housekeeping: the reconciler tick runs here as a BullMQ job scheduler. */
export const MAINTENANCE_QUEUE = 'maintenance';
/**
 * Law-change impact (issue 14): when the worker brings a rule set an organisation was not yet swept
 * under, one sweep per organisation and set, then one review per case and set.
 */
export const LAW_CHANGES_QUEUE = 'law-changes';

export const LawChangeJob = {
  Sweep: 'sweep-law-change',
  ReviewCase: 'review-law-change',
} as const;

/** Ids and the rule-set label only (security-checks A8). */
export interface SweepLawChangePayload {
  organisationId: string;
  rulesSet: string;
}

export interface ReviewLawChangePayload {
  organisationId: string;
  caseId: string;
  rulesSet: string;
}

/** Deterministic: one sweep job per organisation and rule set while it exists in Redis. */
export function lawChangeSweepJobId(organisationId: string, rulesSet: string): string {
  return `lcs-${organisationId}-${rulesSet}`;
}

/** Deterministic: one review job per case and rule set; the database row makes it exactly once. */
export function lawChangeReviewJobId(caseId: string, rulesSet: string): string {
  return `lcr-${caseId}-${rulesSet}`;
}

export const FollowupJob = {
  Deliver: 'deliver-followup',
} as const;

export const MaintenanceJob = {
  ReconcileFollowups: 'reconcile-followups',
} as const;

/** Payloads carry ids and a version only, never a survivor's data (security-checks A8). */
export interface DeliverFollowupPayload {
  followupId: string;
  version: number;
}

/** The reconciler tick carries nothing: it reads PostgreSQL. */
export type ReconcileFollowupsPayload = Record<string, never>;

/**
 * Deterministic job id: a re-enqueue of the same version is a no-op (no ':' and not all digits).
 * `redelivery` > 0 adds `-r<n>`: the reconciler's fresh id for a row that is still pending while
 * BullMQ retains a completed or failed job under the earlier id (BullMQ #3765, #892; G10).
 */
export function followupJobId(followupId: string, version: number, redelivery = 0): string {
  const base = `fu-${followupId}-v${version}`;
  return redelivery > 0 ? `${base}-r${redelivery}` : base;
}

const JOB_ID = /^fu-([0-9a-f-]{36})-v(\d+)(?:-r(\d+))?$/;

/** The follow-up, version and redelivery a job id names; null for any other id. */
export function parseFollowupJobId(
  jobId: string,
): { followupId: string; version: number; redelivery: number } | null {
  const match = JOB_ID.exec(jobId);
  if (!match) return null;
  return {
    followupId: match[1] as string,
    version: Number(match[2]),
    redelivery: match[3] ? Number(match[3]) : 0,
  };
}

/** Exports (issue 16): one job per requested file, and the daily purge of expired files. */
export const EXPORTS_QUEUE = 'exports';

export const ExportJob = {
  Run: 'run-export',
  PurgeExpired: 'purge-expired-exports',
} as const;

/** The export row's id only: its filters and owner stay in PostgreSQL (security-checks A8). */
export interface RunExportPayload {
  exportId: string;
}

/** Deterministic: asking BullMQ twice for one export row is a no-op. */
export function exportJobId(exportId: string): string {
  return `export-${exportId}`;
}

/** Retention (issue 17, D6): the repeatable sweep that purges closed cases past their period. */
export const RETENTION_QUEUE = 'retention';

export const RetentionJob = {
  Sweep: 'retention-sweep',
} as const;

/** The sweep carries nothing: it reads the cases due from PostgreSQL at the clock's date. */
export type RetentionSweepPayload = Record<string, never>;

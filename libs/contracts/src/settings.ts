/**
 * An organisation's follow-up lead times (issue 6), whole numbers. Days are calendar days (the
 * reminder is then pulled back to a court day); court days skip weekends, holidays and closures.
 */
export interface FollowupSettings {
  /** Final orders: "Talk to the client about extending", days before expiry (1–365, default 60). */
  talkToClientDaysBeforeExpiry: number;
  /** Final orders: "File the motion to extend", days before the filing deadline (1–365, default 30). */
  fileMotionDaysBeforeDeadline: number;
  /** Final orders: supervisor escalation if no motion is recorded (1–365, default 10). */
  escalateDaysBeforeDeadline: number;
  /** Preliminary orders: first service check, court days after issuance (1–30, default 2). */
  firstServiceCheckCourtDays: number;
  /** Preliminary orders: then every this many court days until the hearing (1–30, default 3). */
  serviceCheckEveryCourtDays: number;
  /** Preliminary orders: extension request, court days before the hearing (1–30, default 2). */
  extendPreliminaryCourtDaysBeforeHearing: number;
  /** Medical-records notice: the task appears this many days ahead (0–60, default 5). */
  medicalNoticeReminderDays: number;
}

/** PUT /api/settings/followups body: every lead time. */
export type UpdateFollowupSettingsRequest = FollowupSettings;

/** GET /api/settings/followups: the lead times in force, the defaults, and when they were set. */
export interface FollowupSettingsResponse {
  settings: FollowupSettings;
  defaults: FollowupSettings;
  /** When an admin or supervisor last changed them; null while the defaults apply. */
  updatedAt: string | null;
}

/** PUT /api/settings/followups: the new settings and how many open cases were replanned. */
export interface FollowupSettingsUpdatedResponse extends FollowupSettingsResponse {
  replannedCases: number;
}

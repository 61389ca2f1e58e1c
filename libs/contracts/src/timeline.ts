/** What a timeline entry records. */
export type TimelineEntryKind =
  | 'petition_filed'
  | 'order_issued'
  | 'order_served'
  | 'order_extended'
  | 'order_dissolved'
  | 'order_extension_granted'
  | 'extension_motion_filed'
  | 'extension_motion_decided'
  | 'service_attempt'
  | 'hearing_scheduled'
  | 'hearing_held'
  | 'hearing_continued'
  | 'violation'
  | 'note'
  | 'task_due'
  | 'task_completed'
  | 'deadline';

/** Ids of the records an entry is about. */
export interface TimelineRefs {
  petitionId?: string;
  orderId?: string;
  parentOrderId?: string;
  extensionId?: string;
  motionId?: string;
  serviceAttemptId?: string;
  hearingId?: string;
  nextHearingId?: string;
  violationId?: string;
  noteId?: string;
  taskId?: string;
  deadlineId?: string;
}

/**
 * Non-confidential facts of an entry, by kind: service method and outcome, violation acts and
 * potential class, a deadline's rule and citation, a task's status, a note's author.
 */
export type TimelineDetails = Record<string, string | string[] | null>;

/** One thing that happened or is due in a case. */
export interface TimelineEntry {
  /** Civil date in Virginia, with the wall-clock time 'HH:MM' where one is known. */
  at: { date: string; time: string | null };
  kind: TimelineEntryKind;
  /** Plain English. */
  title: string;
  refs: TimelineRefs;
  details: TimelineDetails;
}

/** GET /api/cases/:caseId/timeline, in date order. */
export interface TimelineResponse {
  caseId: string;
  entries: TimelineEntry[];
}

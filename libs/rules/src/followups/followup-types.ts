import type { IsoDate, IsoTime, LocalDateTime } from '../calendar';
import type { OrderKind } from '../model/order-kind';

/** Lead times an organisation may tune (issue 6 defaults in DEFAULT_FOLLOWUP_LEAD_TIMES). */
export interface FollowupLeadTimes {
  /** Final orders: "Talk to the client about extending" this many days before expiry. */
  talkToClientDaysBeforeExpiry: number;
  /** Final orders: "File the motion to extend" this many days before the extension-filing deadline. */
  fileMotionDaysBeforeDeadline: number;
  /** Final orders: supervisor escalation this many days before the deadline if no motion is recorded. */
  escalateDaysBeforeDeadline: number;
  /** Preliminary orders: first "Check service with the sheriff", in court days after issuance. */
  firstServiceCheckCourtDays: number;
  /** Preliminary orders: then a check every this many court days until the hearing. */
  serviceCheckEveryCourtDays: number;
  /** Preliminary orders: "Ask the court to extend…" this many court days before the hearing. */
  extendPreliminaryCourtDaysBeforeHearing: number;
  /** Medical-records notice: the task appears this many days before the notice is due. */
  medicalNoticeReminderDays: number;
}

/** The issue 6 defaults. */
export const DEFAULT_FOLLOWUP_LEAD_TIMES: Readonly<FollowupLeadTimes> = Object.freeze({
  talkToClientDaysBeforeExpiry: 60,
  fileMotionDaysBeforeDeadline: 30,
  escalateDaysBeforeDeadline: 10,
  firstServiceCheckCourtDays: 2,
  serviceCheckEveryCourtDays: 3,
  extendPreliminaryCourtDaysBeforeHearing: 2,
  medicalNoticeReminderDays: 5,
});

/** The smallest and largest value each lead time accepts (whole numbers). */
export const FOLLOWUP_LEAD_TIME_RANGES: Readonly<
  Record<keyof FollowupLeadTimes, { min: number; max: number }>
> = Object.freeze({
  talkToClientDaysBeforeExpiry: { min: 1, max: 365 },
  fileMotionDaysBeforeDeadline: { min: 1, max: 365 },
  escalateDaysBeforeDeadline: { min: 1, max: 365 },
  firstServiceCheckCourtDays: { min: 1, max: 30 },
  serviceCheckEveryCourtDays: { min: 1, max: 30 },
  extendPreliminaryCourtDaysBeforeHearing: { min: 1, max: 30 },
  medicalNoticeReminderDays: { min: 0, max: 60 },
});

/** Date-only reminders are delivered at this Virginia wall-clock time (start of a court's day). */
export const FOLLOWUP_REMINDER_TIME: IsoTime = '08:00';

/** What a planned follow-up is for. */
export type FollowupRuleKind =
  | 'extension_talk_to_client'
  | 'extension_file_motion'
  | 'extension_escalation'
  | 'extension_deadline_day'
  | 'order_expired'
  | 'service_check'
  | 'preliminary_extension'
  | 'emergency_petition'
  | 'next_friend_deadline'
  | 'medical_notice'
  /** R26a: after the respondent's change-of-address notice was due, did the court receive it? */
  | 'address_change_notice_check';

/** Every planned follow-up kind. */
export const FOLLOWUP_RULE_KINDS: readonly FollowupRuleKind[] = [
  'extension_talk_to_client',
  'extension_file_motion',
  'extension_escalation',
  'extension_deadline_day',
  'order_expired',
  'service_check',
  'preliminary_extension',
  'emergency_petition',
  'next_friend_deadline',
  'medical_notice',
  'address_change_notice_check',
];

/** Who gets the task: the case's advocate, the organisation's supervisors, or both. */
export type FollowupAudience = 'advocate' | 'supervisor' | 'both';

/** One follow-up the facts of a case call for. */
export interface PlannedFollowup {
  /** Identity across recomputations, e.g. 'extend.talk:<orderId>'. */
  key: string;
  kind: FollowupRuleKind;
  /** When the task is created: a Virginia wall-clock date and time. */
  due: LocalDateTime;
  /** The date the task shows as due (the day to act), never before `due.date`. */
  actBy: IsoDate;
  /** The task's title, as the advocate reads it. */
  title: string;
  ruleId: string;
  /** Citation text, verbatim from the rule. */
  citation: string;
  /** One line a person can check against a calendar. */
  explanation: string;
  audience: FollowupAudience;
  orderId?: string;
  hearingId?: string;
  /** True when the rule puts `due.date` on a court day of `courtId`'s calendar (checked by G13). */
  onCourtDay: boolean;
  courtId?: string;
}

/** Facts the computation does not carry that the planner reads. */
export interface FollowupFacts {
  /** Petitions recorded for the case: a PPO petition answers an emergency order's task. */
  petitions?: ReadonlyArray<{ sought: OrderKind; filedOn: IsoDate }>;
}

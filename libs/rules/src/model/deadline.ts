import type { CalendarCoverage, IsoDate, IsoTime, Rollover } from '../calendar';
import type { Citation } from './citation';

/** A civil date in Virginia, with a wall-clock time where the rule has one ('23:59' = end of day). */
export interface PartialDateTime {
  date: IsoDate;
  time?: IsoTime;
}

/** How firmly the source supports a result (rules-spec §4). */
export type Confidence = 'source_explicit' | 'interpretation' | 'advisory';

/** What a deadline result is (rules-spec §4, plus `service_follow_up` for R07). */
export type DeadlineKind =
  | 'order_expiry'
  | 'max_expiry'
  | 'hearing_by'
  | 'file_by'
  | 'notice_by'
  | 'next_friend_file_by'
  | 'advisory_target'
  | 'service_follow_up';

/** How a date stated by a court compares with the computed maximum. */
export type StatedValueStatus = 'matches' | 'earlier' | 'exceeds_maximum';

/** A stated court date (expiry or hearing) checked against the computed maximum. */
export interface StatedValueCheck {
  stated: PartialDateTime;
  maximum: PartialDateTime;
  status: StatedValueStatus;
}

/** One computed deadline with everything a person needs to check it (rules-spec §4). */
export interface DeadlineResult {
  /** Stable rule id, e.g. 'VA.FA.EPO.EXPIRY'. */
  ruleId: string;
  /** The rule version applied, chosen by the trigger's date: 'R10@2025-07-01' (rules-spec §1.12). */
  ruleVersion: string;
  kind: DeadlineKind;
  orderId?: string;
  hearingId?: string;
  petitionId?: string;
  /** R26a: the respondent's move (its `moveId`, else its date) this notice deadline follows. */
  moveId?: string;
  /** The legal date (and time, where the rule has one). */
  due: PartialDateTime;
  /** The last court day to act, when it is earlier than `due.date` (backward roll). */
  actBy?: IsoDate;
  /** The date before any rollover. */
  base: PartialDateTime;
  /** The court-day roll applied, or null when none was needed or allowed. */
  rollover: Rollover | null;
  citation: Citation;
  /** One line a person can check against a calendar. */
  explanation: string;
  confidence: Confidence;
  /** Ambiguity readings (rules-spec §3) this result depends on, e.g. ['A-12']. */
  assumptions: string[];
  statedValueCheck?: StatedValueCheck;
  calendarCoverage: CalendarCoverage;
}

import type { CalendarCoverage, LocalDateTime } from '../calendar';
import type { HearingKind, HearingOutcome, ServiceAttemptOutcome } from '../model/case-facts';
import type { Citation } from '../model/citation';
import type { MilitaryOrderBasisResult } from '../model/military-order';
import type { DeadlineResult, PartialDateTime } from '../model/deadline';
import type { CaseNotice } from '../model/notice';
import type { OrderKind } from '../model/order-kind';
import type { ViolationClassification } from '../model/violation';

/** Where a deadline stands on `asOf`. */
export type DeadlineState =
  /** Still ahead, or due now and not yet done. */
  | 'open'
  /** The act was done in time (timely motion, next-friend petition, hearing held, service). */
  | 'met'
  /** An act deadline passed without the act being recorded. */
  | 'missed'
  /** A date (expiry, advisory target, notice day) that has gone by. */
  | 'passed'
  /** No longer relevant: replaced by a later computation, or the order ended first. */
  | 'moot';

/** A deadline of the case with its state on `asOf`. */
export interface CaseDeadline extends DeadlineResult {
  state: DeadlineState;
}

/** Where an order stands on `asOf`. */
export type OrderStatus =
  | 'not_yet_issued'
  | 'awaiting_service'
  | 'in_effect'
  | 'expired'
  | 'ended_at_hearing'
  | 'superseded'
  | 'dissolved';

/** Service of one order (R26). */
export interface ServiceSummary {
  status: 'served' | 'unserved';
  servedAt?: PartialDateTime;
  personal?: boolean;
  attempts: number;
  unsuccessfulAttempts: number;
  lastAttempt?: { at: PartialDateTime; outcome: ServiceAttemptOutcome };
}

/** One order's status, expiry and enforceability on `asOf`. */
export interface OrderStatusResult {
  orderId: string;
  kind: OrderKind;
  parentOrderId?: string;
  issuedAt: PartialDateTime;
  /** The court whose calendar this order's court days use, for addCourtDays and isCourtDay. */
  courtId?: string;
  status: OrderStatus;
  /** The rule that decides the status, e.g. the expiry rule or R26 for awaiting service. */
  statusRuleId: string;
  statusExplanation: string;
  /** Effective expiry; null while the order lasts until a hearing (AOV PPO, ESRO) or is unknown. */
  expiresAt: PartialDateTime | null;
  expiryRuleId?: string;
  /** R26: when the order became enforceable (service); null while unserved. */
  enforceableFrom: PartialDateTime | null;
  /** When the order ended (expired, superseded, ended at a hearing, dissolved), if it has. */
  endedAt?: PartialDateTime;
  supersededBy?: string;
  service: ServiceSummary;
  extensionMotion?: ExtensionMotionStatus;
}

/** Whether a motion to extend was filed in time (R11, R25, R33, R38). */
export type ExtensionMotionStatus =
  'timely' | 'untimely' | 'not_available_in_virginia' | 'not_applicable';

/** One motion to extend, judged against its order's expiry. */
export interface ExtensionMotionResult {
  orderId: string;
  motionId?: string;
  filedAt: PartialDateTime;
  status: ExtensionMotionStatus;
  ruleId: string;
  /** The rule version in force when the motion was filed, e.g. 'R11@2021-01-01'. */
  ruleVersion: string;
  citation: Citation;
  explanation: string;
  expiresAt?: PartialDateTime;
  fileBy?: string;
}

/** A hearing as currently scheduled, with its earlier dates (continuances) and outcome. */
export interface HearingResult {
  hearingId: string;
  kind: HearingKind;
  orderId?: string;
  scheduledFor: PartialDateTime;
  previousDates: PartialDateTime[];
  held?: { on: string; outcome: HearingOutcome };
}

/** Everything computeDeadlines derives from a case. */
export interface CaseComputation {
  asOf: LocalDateTime;
  /** Every deadline, ordered by date, time, kind and rule id. */
  deadlines: CaseDeadline[];
  /** One per order, parents before children. */
  orders: OrderStatusResult[];
  extensionMotions: ExtensionMotionResult[];
  hearings: HearingResult[];
  violations: ViolationClassification[];
  notices: CaseNotice[];
  calendarCoverage: CalendarCoverage;
  /** R09a: for each petition recording a Military Protective Order, whether it is a basis; else absent. */
  militaryOrderBases?: MilitaryOrderBasisResult[];
}

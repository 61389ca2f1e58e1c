import type { IsoDate, IsoTime } from '../calendar';
import type { PartialDateTime } from './deadline';
import type { MilitaryProtectiveOrderFacts } from './military-order';
import type { CourtRef, OrderKind, ReliefCode } from './order-kind';
import type { ViolationFacts } from './violation';

/** A supervisor's recorded reason for accepting a court's stated date beyond the maximum. */
export interface StatedExpiryOverride {
  reason: string;
}

/** How an order relates to its parent in a chain (rules-spec §4). */
export type ExtensionOf = 'incapacity' | 'unserved' | 'motion_to_extend';

/** One order as recorded (rules-spec §4); times are optional where the record has none. */
export interface OrderFacts {
  orderId: string;
  kind: OrderKind;
  issuedAt: PartialDateTime;
  issuingCourt: CourtRef;
  /** The court whose calendar governs rollovers, when not the issuing court. */
  calendarCourtId?: string;
  /** As written on the order; a missing time is read as 23:59. */
  statedExpiry?: PartialDateTime;
  statedExpiryOverride?: StatedExpiryOverride;
  /** Personal service; a later `order_served` event overrides it. */
  servedAt?: PartialDateTime;
  /** The order this one extends, reissues or follows (EPO → PPO → final order). */
  parentOrderId?: string;
  extensionOf?: ExtensionOf;
  reliefs?: ReliefCode[];
  /** R03: an EPO protecting a minor against a parent, guardian or person in loco parentis. */
  protectsMinorAgainstParent?: boolean;
  /** R12: petitioner was a family or household member when the initial order was issued. */
  petitionerWasFamilyOrHouseholdAtInitialOrder?: boolean;
  /**
   * R10 from 2025-07-01 (FA_PO only): the court found that the respondent has been subject to a
   * previous permanent family-abuse protective order issued within 10 years; allows up to 4 years.
   */
  priorFamilyAbuseOrderFinding?: boolean;
  /** R10: the previous order's issue date, when known; recorded for the file and checked, never overruling. */
  priorFamilyAbuseOrderIssuedOn?: IsoDate;
  /**
   * R26a (FA_PPO, AOV_PPO only): the court required the respondent to report a change of residence
   * within 7 days, as it may for a preliminary order; a final order requires it by statute.
   */
  addressChangeNoticeRequired?: boolean;
  outOfState?: { issuingState: string; registeredInVirginia?: { on: IsoDate; courtId: string } };
}

/** Kinds of hearing the rules react to. */
export type HearingKind = 'ppo_full_hearing' | 'final_trial' | 'extension' | 'sro_final';

/** What happened at a hearing (R08). */
export type HearingOutcome =
  | 'granted'
  | 'denied'
  | 'continued'
  | 'respondent_not_served'
  | 'petitioner_absent'
  | 'ppo_reissued';

/** Outcome of one attempt to serve the respondent. */
export type ServiceAttemptOutcome = 'served' | 'not_found' | 'refused' | 'other';

/** Everything that happened in a case, as events (rules-spec §4); order of the list does not matter. */
export type CaseEvent =
  | {
      type: 'petition_filed';
      petitionId?: string;
      on: PartialDateTime;
      sought: OrderKind;
      courtId: string;
      /** R09a: a Military Protective Order recorded as a basis of a preliminary-order petition. */
      militaryProtectiveOrder?: MilitaryProtectiveOrderFacts;
    }
  | { type: 'order_issued'; order: OrderFacts }
  | { type: 'order_served'; orderId: string; at: PartialDateTime; personal: boolean }
  | {
      type: 'service_attempted';
      orderId: string;
      at: PartialDateTime;
      outcome: ServiceAttemptOutcome;
    }
  | {
      type: 'hearing_scheduled';
      hearingId: string;
      kind: HearingKind;
      at: PartialDateTime;
      orderId?: string;
    }
  | { type: 'hearing_held'; hearingId: string; on: IsoDate; outcome: HearingOutcome }
  | {
      type: 'incapacity_extension_granted';
      orderId: string;
      on: PartialDateTime;
      statedExpiry?: PartialDateTime;
      statedExpiryOverride?: StatedExpiryOverride;
    }
  | {
      type: 'unserved_extension_granted';
      orderId: string;
      on: IsoDate;
      statedExpiry?: PartialDateTime;
      statedExpiryOverride?: StatedExpiryOverride;
    }
  | { type: 'extension_motion_filed'; orderId: string; on: PartialDateTime; motionId?: string }
  | {
      type: 'extension_granted';
      orderId: string;
      newOrderId: string;
      on: IsoDate;
      statedExpiry?: PartialDateTime;
      statedExpiryOverride?: StatedExpiryOverride;
    }
  | { type: 'order_dissolved'; orderId: string; on: IsoDate }
  | { type: 'medical_evidence_recorded'; caseId?: string }
  | { type: 'violation_recorded'; violation: ViolationFacts }
  | RespondentMovedEvent;

/**
 * R26a: the respondent changed residence on `on` (the date only; the new address is the
 * respondent's and stays sealed outside the rules library). `noticeReceivedOn`: the court received
 * the respondent's written notice that day, when known.
 */
export interface RespondentMovedEvent {
  type: 'respondent_moved';
  on: IsoDate;
  moveId?: string;
  noticeReceivedOn?: IsoDate;
}

/** All the facts of one case: the input of computeDeadlines. */
export interface CaseFacts {
  events: readonly CaseEvent[];
  /** R35: the respondent is known to have firearms. */
  respondentKnownFirearms?: boolean;
  /** time assumed for a hearing with no recorded time; default '08:00'. */
  courtOpeningTime?: IsoTime;
}

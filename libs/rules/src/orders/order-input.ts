import type { CourtCalendarData, IsoDate } from '../calendar';
import type { ExtensionOf, StatedExpiryOverride } from '../model/case-facts';
import type { DeadlineResult, PartialDateTime } from '../model/deadline';
import type { CaseNotice } from '../model/notice';
import type { OrderKind } from '../model/order-kind';
import type { IncapacityGrant } from './incapacity-extension';
import type { UnservedGrant } from './unserved-extension';

/** One order, validated, with the in-place extensions recorded against it. */
export interface OrderInput {
  orderId: string;
  kind: OrderKind;
  issuedAt: PartialDateTime;
  /** Whose court days apply: calendarCourtId, else the issuing court. */
  courtId: string | undefined;
  statedExpiry?: PartialDateTime;
  statedExpiryOverride?: StatedExpiryOverride;
  /** Field path of the stated expiry, for refusals. */
  statedField: string;
  parentOrderId?: string;
  extensionOf?: ExtensionOf;
  /** How many extensions on motion lead to this order (0 for an order that extends none). */
  extensionDepth: number;
  protectsMinorAgainstParent: boolean;
  /** R10 from 2025-07-01: the court's finding of a prior family-abuse order within 10 years. */
  priorOrderFinding: boolean;
  priorOrderIssuedOn?: IsoDate;
  issuingState?: string;
  incapacityGrants: IncapacityGrant[];
  unservedGrants: UnservedGrant[];
  /**
   * R07: days a hearing on this PPO (or, for a PPO recorded as its unserved extension, on the PPO
   * it extends) was held and the respondent had not been served, ascending. The extension counts
   * from the failed hearing, whatever day it was recorded as granted.
   */
  failedServiceHearings: IsoDate[];
}

/** Everything computed for one order. */
export interface OrderComputation {
  orderId: string;
  kind: OrderKind;
  deadlines: DeadlineResult[];
  /** The expiry the order's status uses; null while it lasts until a hearing (AOV PPO, ESRO). */
  expiry: DeadlineResult | null;
  notices: CaseNotice[];
  /** A family-abuse final order whose maximum was 4 years (R10 from 2025-07-01). */
  fourYearTerm?: boolean;
}

/** The parent of an order in its chain, already computed. */
export interface ParentComputation {
  input: OrderInput;
  computation: OrderComputation;
}

/** Calendar data, rule set and the order: the inputs of one order's computation. */
export interface OrderComputationInput {
  order: OrderInput;
  parent: ParentComputation | undefined;
  calendar: CourtCalendarData;
  /** The rule set computed under (a RULE_SETS label). */
  ruleSet: string;
}

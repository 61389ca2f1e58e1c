import type { DeadlineResponse, OrderKind } from './cases';
import type { CourtKind, OrderStatus, ReliefCode } from './domain';

/** A short extension of one order: incapacity (R02, FA EPO) or unserved respondent (R07, R24). */
export type OrderExtensionKind = 'incapacity' | 'unserved';

/** How an order relates to the order it extends, when it is an extension. */
export type OrderExtensionOf = 'incapacity' | 'unserved' | 'motion_to_extend';

/** What became of a motion to extend. */
export type ExtensionMotionOutcome = 'pending' | 'granted' | 'denied' | 'withdrawn';

/** Where an order stands today, as the rules library computes it. */
export type ComputedOrderStatus =
  | 'not_yet_issued'
  | 'awaiting_service'
  | 'in_effect'
  | 'expired'
  | 'ended_at_hearing'
  | 'superseded'
  | 'dissolved';

/** Whether a motion to extend was filed in time (R11, R25, R33, R38). */
export type ExtensionMotionTimeliness =
  'timely' | 'untimely' | 'not_available_in_virginia' | 'not_applicable';

/** A civil date in Virginia with a wall-clock time where the rule or record has one. */
export interface DateTimeResponse {
  date: string;
  time: string | null;
}

/** POST /api/cases/:caseId/orders body: an order as the court issued it. */
export interface CreateOrderRequest {
  kind: OrderKind;
  issuedOn: string;
  issuedTime?: string;
  issuingCourtId: string;
  issuingCourtKind: CourtKind;
  issuingLocality: string;
  statedExpiryOn?: string;
  statedExpiryTime?: string;
  /** A supervisor's reason for recording a stated expiry beyond the statutory maximum. */
  statedExpiryOverrideReason?: string;
  reliefs?: ReliefCode[];
  /** The order this one follows (EPO → PPO → final order), of the same case. */
  parentOrderId?: string;
  protectsMinorAgainstParent?: boolean;
  petitionerHouseholdAtInitial?: boolean;
  /**
   * FA_PO only (R10 version 2): the court found a previous family-abuse protective order issued
   * within 10 years, so an order issued on or after 2025-07-01 may run up to four years.
   */
  priorFamilyAbuseOrderFinding?: boolean;
  /** FA_PO only: the previous order's issue date (YYYY-MM-DD), when known; not after issuedOn. */
  priorFamilyAbuseOrderIssuedOn?: string;
  /** Required for, and only for, an out-of-state order (kind 'OOS'). */
  issuingState?: string;
  registeredOn?: string;
  registeredCourtId?: string;
  /**
   * The respondent was present when the court entered the order and was served there: recorded
   * as a served attempt with method `open_court` on the issue date (and time), in the same write.
   */
  servedInOpenCourt?: boolean;
}

/** POST /api/cases/:caseId/orders/:orderId/extensions body. */
export interface CreateOrderExtensionRequest {
  kind: OrderExtensionKind;
  grantedOn: string;
  grantedTime?: string;
  statedExpiryOn?: string;
  statedExpiryTime?: string;
  statedExpiryOverrideReason?: string;
}

/** POST /api/cases/:caseId/orders/:orderId/extension-motions body. */
export interface CreateExtensionMotionRequest {
  filedOn: string;
  filedTime?: string;
}

/** POST …/extension-motions/:motionId/grant body: the extended order the court issued. */
export interface GrantExtensionMotionRequest {
  issuedOn: string;
  issuedTime?: string;
  statedExpiryOn?: string;
  statedExpiryTime?: string;
  statedExpiryOverrideReason?: string;
  /** Default: the extended order's court. */
  issuingCourtId?: string;
  issuingCourtKind?: CourtKind;
  issuingLocality?: string;
  /** Default: the reliefs of the order it extends. */
  reliefs?: ReliefCode[];
}

/** POST …/extension-motions/:motionId/deny body. */
export interface DenyExtensionMotionRequest {
  deniedOn: string;
}

/** POST /api/cases/:caseId/orders/:orderId/dissolve body. */
export interface DissolveOrderRequest {
  dissolvedOn: string;
}

/** One short extension of an order. */
export interface OrderExtensionResponse {
  id: string;
  orderId: string;
  kind: OrderExtensionKind;
  grantedOn: string;
  grantedTime: string | null;
  statedExpiryOn: string | null;
  statedExpiryTime: string | null;
  statedExpiryOverrideReason: string | null;
}

/** The rules library's judgement of a motion to extend. */
export interface ExtensionMotionTimelinessResponse {
  status: ExtensionMotionTimeliness;
  ruleId: string;
  /** The rule version in force when the motion was filed (rules-spec §1.12), e.g. 'R11@2021-01-01'. */
  ruleVersion: string;
  citation: string;
  explanation: string;
  expiresAt: DateTimeResponse | null;
  fileBy: string | null;
}

/** One motion to extend, with its timeliness. */
export interface ExtensionMotionResponse {
  id: string;
  orderId: string;
  filedOn: string;
  filedTime: string | null;
  outcome: ExtensionMotionOutcome;
  decidedOn: string | null;
  /** The extended order, once granted. */
  grantedOrderId: string | null;
  timeliness: ExtensionMotionTimelinessResponse | null;
}

/** Service of one order (R26), as the rules library reads the recorded attempts. */
export interface OrderServiceSummaryResponse {
  status: 'served' | 'unserved';
  servedAt: DateTimeResponse | null;
  personal: boolean | null;
  attempts: number;
  unsuccessfulAttempts: number;
}

/** An order's computed status, expiry and enforceability today. */
export interface OrderComputedResponse {
  status: ComputedOrderStatus;
  statusRuleId: string;
  statusExplanation: string;
  expiresAt: DateTimeResponse | null;
  enforceableFrom: DateTimeResponse | null;
  endedAt: DateTimeResponse | null;
  supersededBy: string | null;
  service: OrderServiceSummaryResponse;
  extensionMotion: ExtensionMotionTimeliness | null;
}

/** One order: what was recorded, its extensions and motions, and what the rules compute from it. */
export interface OrderResponse {
  id: string;
  caseId: string;
  kind: OrderKind;
  issuedOn: string;
  issuedTime: string | null;
  issuingCourtId: string;
  issuingCourtKind: CourtKind;
  issuingLocality: string;
  statedExpiryOn: string | null;
  statedExpiryTime: string | null;
  statedExpiryOverrideReason: string | null;
  reliefs: ReliefCode[];
  /** The recorded status (granted, served, extended, dissolved, expired, superseded). */
  status: OrderStatus;
  parentOrderId: string | null;
  extensionOf: OrderExtensionOf | null;
  protectsMinorAgainstParent: boolean;
  petitionerHouseholdAtInitial: boolean | null;
  /**
   * FA_PO only (R10 version 2); false on every other kind. The API always sends both; they are
   * optional here only until the web app's test builders carry them (issue 14).
   */
  priorFamilyAbuseOrderFinding?: boolean;
  priorFamilyAbuseOrderIssuedOn?: string | null;
  issuingState: string | null;
  registeredOn: string | null;
  registeredCourtId: string | null;
  dissolvedOn: string | null;
  extensions: OrderExtensionResponse[];
  extensionMotions: ExtensionMotionResponse[];
  /** Null only when the rules library could not compute the case. */
  computed: OrderComputedResponse | null;
  /** This order's deadlines as the rules library computes them today. */
  deadlines: DeadlineResponse[];
}

/** GET /api/cases/:caseId/orders: parents before children. */
export interface OrderListResponse {
  items: OrderResponse[];
}

/** POST …/extension-motions/:motionId/grant answer: the decided motion and the new order. */
export interface GrantExtensionMotionResponse {
  motion: ExtensionMotionResponse;
  order: OrderResponse;
}

/** POST …/orders/:orderId/extensions answer: the extension and the order with its new expiry. */
export interface CreateOrderExtensionResponse {
  extension: OrderExtensionResponse;
  order: OrderResponse;
}

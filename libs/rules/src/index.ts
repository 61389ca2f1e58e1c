// @haven/rules: the one public entry (STYLE.md §1, §5). Pure functions over plain data.

// ---- errors -----------------------------------------------------------------
export { RulesInputError } from './errors';
export type { RulesErrorCode } from './errors';

// ---- calendar (court days, civil dates) -------------------------------------
export type {
  IsoDate,
  IsoTime,
  LocalDateTime,
  CourtCalendarData,
  Closure,
  NonCourtDayReason,
  RollDirection,
  Rollover,
  CalendarCoverage,
  LegalHoliday,
} from './calendar';
export {
  STATEWIDE_CALENDAR,
  isCourtDay,
  nonCourtDayReasons,
  legalHolidays,
  legalHolidayOn,
  addCourtDays,
  nextCourtDay,
  rollBackward,
  rollForward,
  calendarCoverage,
  parseIsoDate,
  isValidIsoDate,
  addDays,
  addCalendarMonths,
  addCalendarYears,
  daysBetween,
  compareIsoDates,
  formatDayLong,
  formatDayShort,
} from './calendar';

// ---- data model -------------------------------------------------------------
export type { Citation, CitationSource } from './model/citation';
export type {
  OrderKind,
  OrderFamily,
  OrderStage,
  CourtKind,
  CourtRef,
  ReliefCode,
} from './model/order-kind';
export { ORDER_KINDS, orderFamily } from './model/order-kind';
export type {
  CaseEvent,
  CaseFacts,
  ExtensionOf,
  HearingKind,
  HearingOutcome,
  OrderFacts,
  RespondentMovedEvent,
  ServiceAttemptOutcome,
  StatedExpiryOverride,
} from './model/case-facts';
export { MILITARY_COMMANDS } from './model/military-order';
export type {
  MilitaryCommand,
  MilitaryOrderBasisInput,
  MilitaryOrderBasisResult,
  MilitaryProtectiveOrderFacts,
} from './model/military-order';
export type {
  Confidence,
  DeadlineKind,
  DeadlineResult,
  PartialDateTime,
  StatedValueCheck,
  StatedValueStatus,
} from './model/deadline';
export type { CaseNotice, NoticeKind } from './model/notice';
export type { ComputeOptions } from './model/options';
export type {
  ClassificationReason,
  PotentialClass,
  PriorConviction,
  ProsecutionVenue,
  ViolationAct,
  ViolationClassification,
  ViolationFacts,
} from './model/violation';

// ---- whole case -------------------------------------------------------------
export { computeDeadlines } from './case/compute-deadlines';
export type {
  CaseComputation,
  CaseDeadline,
  DeadlineState,
  ExtensionMotionResult,
  ExtensionMotionStatus,
  HearingResult,
  OrderStatus,
  OrderStatusResult,
  ServiceSummary,
} from './case/case-result';

// ---- single order -----------------------------------------------------------
export { expiryOf, maxExpiry, checkStatedExpiry } from './expiry/expiry-of';

// ---- eligibility, venue, violations, full faith and credit, relief -----------
export { eligibility } from './eligibility/eligibility';
export { RELATIONSHIPS } from './eligibility/eligibility-types';
export type {
  EligibilityInput,
  EligibilityResult,
  EligibleOrder,
  Relationship,
} from './eligibility/eligibility-types';
export { militaryOrderBasis } from './eligibility/military-order-basis';
export { venue } from './venue/venue';
export type { VenueInput, VenueReason, VenueResult } from './venue/venue';
export { classifyViolation } from './violations/classify-violation';
export { VIOLATION_ACTS } from './validation/violation-facts';
export { fullFaithAndCredit } from './full-faith-and-credit/full-faith-and-credit';
export type {
  ConditionStatus,
  FullFaithAndCreditInput,
  FullFaithAndCreditResult,
} from './full-faith-and-credit/full-faith-and-credit';
export { reliefCatalogue, RELIEF_CODES } from './relief/relief-catalogue';
export type { ReliefEntry } from './relief/relief-catalogue';

// ---- rule registry (shared by API, worker and web) ---------------------------
export {
  RULES,
  getRule,
  ruleInForce,
  renderExplanation,
  ruleVersions,
  ruleSetChanges,
} from './registry/registry';
export type { RuleInForce, RuleVersionSummary } from './registry/registry';
export { RULE_IDS } from './registry/rule-ids';
export type { RuleId, RuleRef } from './registry/rule-ids';
export { RULES_VERSION, RULES_EFFECTIVE_FROM, RULE_SETS } from './registry/rule-definition';
export {
  RULES_REVISION,
  RULES_DEPLOYMENT,
  deploymentKey,
  deploymentLabel,
  parseDeploymentKey,
} from './registry/rules-revision';
export type { RulesDeployment } from './registry/rules-revision';
export type { RuleDefinition } from './registry/rule-definition';
export { CITATIONS } from './registry/citations';
export { ASSUMPTIONS } from './registry/assumptions';
export type { Assumption } from './registry/assumptions';

// ---- follow-ups (issue 6): the tasks the facts of a case call for ------------
export { planFollowups, checkFollowupLeadTimes } from './followups/plan-followups';
export {
  DEFAULT_FOLLOWUP_LEAD_TIMES,
  FOLLOWUP_LEAD_TIME_RANGES,
  FOLLOWUP_REMINDER_TIME,
  FOLLOWUP_RULE_KINDS,
} from './followups/followup-types';
export type {
  FollowupAudience,
  FollowupFacts,
  FollowupLeadTimes,
  FollowupRuleKind,
  PlannedFollowup,
} from './followups/followup-types';
export { toEpochMinutes, fromEpochMinutes } from './calendar';

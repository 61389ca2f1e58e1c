import type {
  CourtKind,
  ExtensionMotionOutcome,
  HearingKind,
  HearingOutcome,
  MilitaryCommand,
  OrderKind,
  ReliefCode,
  ServiceMethod,
  ServiceOutcome,
  ViolationActCode,
  ViolationActionTaken,
} from '@haven/contracts';

// The stored facts of one case as the rules library needs them: a read model over the tables the
// fact features write, typed here so that the computation depends on the schema, not on those
// features' code. Civil dates are 'YYYY-MM-DD' text and times 'HH:MM:SS' text, never a JS Date.
// Confidential columns (notes, narratives, addresses) are never read.

export interface CaseFileFacts {
  id: string;
  orderKind: string | null;
  hasMedicalEvidence: boolean;
  closedOn: string | null;
}

export interface RespondentFacts {
  knownFirearms: boolean;
  priorConvictions: Array<{ convictedOn: string; basedOnActOrThreatOfViolence: boolean }>;
}

export interface PetitionFacts {
  id: string;
  orderKindSought: OrderKind;
  filedOn: string;
  courtId: string;
  mpoIssuingCommand: MilitaryCommand | null;
  mpoIssuedOn: string | null;
  mpoEnteredInNcic: boolean | null;
}

/** R26a: the respondent moved on `movedOn`; the sealed new address is never read here. */
export interface RespondentMoveFacts {
  id: string;
  movedOn: string;
  noticeReceivedOn: string | null;
}

export interface OrderFactsRow {
  id: string;
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
  parentOrderId: string | null;
  extensionOf: 'incapacity' | 'unserved' | 'motion_to_extend' | null;
  protectsMinorAgainstParent: boolean;
  petitionerHouseholdAtInitial: boolean | null;
  priorFaOrderFinding: boolean;
  priorFaOrderIssuedOn: string | null;
  issuingState: string | null;
  registeredOn: string | null;
  registeredCourtId: string | null;
  dissolvedOn: string | null;
}

export interface OrderExtensionFacts {
  id: string;
  orderId: string;
  kind: 'incapacity' | 'unserved';
  grantedOn: string;
  grantedTime: string | null;
  statedExpiryOn: string | null;
  statedExpiryTime: string | null;
  statedExpiryOverrideReason: string | null;
}

export interface ExtensionMotionFacts {
  id: string;
  orderId: string;
  filedOn: string;
  filedTime: string | null;
  outcome: ExtensionMotionOutcome;
}

export interface ServiceAttemptFacts {
  id: string;
  orderId: string;
  attemptedOn: string;
  attemptedTime: string | null;
  method: ServiceMethod;
  outcome: ServiceOutcome;
}

export interface HearingFacts {
  id: string;
  orderId: string | null;
  kind: HearingKind;
  scheduledOn: string;
  scheduledTime: string | null;
  outcome: HearingOutcome | null;
  heldOn: string | null;
  continuedFromId: string | null;
  /** Continuances are ordered by when they were recorded. */
  createdAt: Date;
}

export interface ViolationFactsRow {
  id: string;
  orderId: string;
  occurredOn: string;
  acts: ViolationActCode[];
  basedOnViolence: boolean;
  actionsTaken: ViolationActionTaken[];
  criminalProsecution: boolean;
}

/** A court closure the organisation entered, as the rules library's calendar reads it. */
export interface ClosureFacts {
  closedOn: string;
  courtIds: string[] | null;
  allDay: boolean;
  kind: 'governor_or_president_day' | 'clerk_closure' | 'court_closure';
  name: string;
  authority: string;
}

/** The courts of a locality an order of the case names (court directory), for A-02's calendars. */
export interface LocalityCourtsFacts {
  locality: string;
  jdrCourtId: string;
  gdcCourtId: string;
  circuitCourtId: string;
}

/** Every stored fact of one case that the rules library reads, as loaded in one transaction. */
export interface CaseRecord {
  caseRow: CaseFileFacts;
  respondent: RespondentFacts;
  petitions: PetitionFacts[];
  orders: OrderFactsRow[];
  orderExtensions: OrderExtensionFacts[];
  extensionMotions: ExtensionMotionFacts[];
  serviceAttempts: ServiceAttemptFacts[];
  hearings: HearingFacts[];
  violations: ViolationFactsRow[];
  respondentMoves: RespondentMoveFacts[];
  closures: ClosureFacts[];
  /** The directory's courts of each locality the case's orders were issued in. */
  localityCourts: LocalityCourtsFacts[];
}

/**
 * The order facts of a case that its caller has already read in the same transaction (the orders
 * list reads the orders, extensions and motions for its answer), so the computation does not read
 * them a second time. In the reader's order: orders by issue date then creation, the others by
 * creation.
 */
export type KnownOrderFacts = Pick<CaseRecord, 'orders' | 'orderExtensions' | 'extensionMotions'>;

import type { IsoDate } from '../calendar';
import type {
  HearingKind,
  HearingOutcome,
  OrderFacts,
  ServiceAttemptOutcome,
} from '../model/case-facts';
import type { PartialDateTime } from '../model/deadline';
import type { MilitaryProtectiveOrderFacts } from '../model/military-order';
import type { OrderKind } from '../model/order-kind';
import type { ViolationFacts } from '../model/violation';
import type { OrderInput } from '../orders/order-input';

/** One order with everything recorded against it. */
export interface OrderRecord {
  input: OrderInput;
  facts: OrderFacts;
  /** Field path of the event that recorded it, e.g. 'events[2].order'. */
  field: string;
  servedAt?: PartialDateTime;
  personalService?: boolean;
  attempts: Array<{ at: PartialDateTime; outcome: ServiceAttemptOutcome }>;
  motions: Array<{ filedAt: PartialDateTime; motionId?: string; field: string }>;
  dissolvedOn?: IsoDate;
  childIds: string[];
}

/** A hearing: its current date, earlier dates (continuances) and outcome. */
export interface HearingRecord {
  hearingId: string;
  kind: HearingKind;
  orderId?: string;
  at: PartialDateTime;
  previous: PartialDateTime[];
  held?: { on: IsoDate; outcome: HearingOutcome };
  field: string;
}

/** A petition as filed. */
export interface PetitionRecord {
  petitionId?: string;
  on: PartialDateTime;
  sought: OrderKind;
  courtId: string;
  field: string;
  militaryProtectiveOrder?: MilitaryProtectiveOrderFacts;
}

/** R26a: a change of residence of the respondent. */
export interface MoveRecord {
  moveId?: string;
  on: IsoDate;
  noticeReceivedOn?: IsoDate;
  field: string;
}

/** The validated case: orders parents-first, hearings, petitions, violations, moves. */
export interface CaseModel {
  orders: OrderRecord[];
  ordersById: ReadonlyMap<string, OrderRecord>;
  hearings: HearingRecord[];
  petitions: PetitionRecord[];
  violations: ViolationFacts[];
  medicalEvidence: boolean;
  moves: MoveRecord[];
}

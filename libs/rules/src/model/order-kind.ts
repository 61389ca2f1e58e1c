/** Order-type codes (rules-spec §1). */
export type OrderKind =
  'FA_EPO' | 'FA_PPO' | 'FA_PO' | 'AOV_EPO' | 'AOV_PPO' | 'AOV_PO' | 'ESRO' | 'FSRO' | 'OOS';

/** Every order kind, in the order of rules-spec §1. */
export const ORDER_KINDS: readonly OrderKind[] = [
  'FA_EPO',
  'FA_PPO',
  'FA_PO',
  'AOV_EPO',
  'AOV_PPO',
  'AOV_PO',
  'ESRO',
  'FSRO',
  'OOS',
];

/** The family of an order kind. */
export type OrderFamily = 'family_abuse' | 'act_of_violence' | 'substantial_risk' | 'out_of_state';

/** The stage of an order kind. */
export type OrderStage = 'emergency' | 'preliminary' | 'final';

/** Court kinds that issue or hear orders (rules-spec §4). */
export type CourtKind = 'JDR' | 'GDC' | 'CIRCUIT' | 'MAGISTRATE';

/** A court, by id (the calendar's court id), kind and locality. */
export interface CourtRef {
  courtId: string;
  kind: CourtKind;
  locality: string;
}

/** Relief codes of the catalogue (rules-spec §1.11). */
export type ReliefCode =
  | 'NO_ABUSE_OR_CRIME'
  | 'NO_CONTACT'
  | 'NO_PHYSICAL_PRESENCE'
  | 'PET_POSSESSION'
  | 'RESIDENCE_POSSESSION'
  | 'UTILITIES'
  | 'ALTERNATIVE_HOUSING'
  | 'VEHICLE'
  | 'PHONE_DEVICE'
  | 'NO_TRACKING'
  | 'TREATMENT'
  | 'TEMP_CUSTODY_VISITATION'
  | 'TEMP_CHILD_SUPPORT'
  | 'OTHER_NECESSARY'
  | 'FIREARM_BAN'
  | 'SURRENDER_CHP'
  | 'SURRENDER_FIREARMS'
  | 'FIREARMS_CONTINUE_HELD'
  | 'SEARCH_WARRANT_NOTICE';

/** Whether `value` is one of the order-kind codes. */
export function isOrderKind(value: unknown): value is OrderKind {
  return typeof value === 'string' && (ORDER_KINDS as readonly string[]).includes(value);
}

/** The family of `kind`. */
export function orderFamily(kind: OrderKind): OrderFamily {
  switch (kind) {
    case 'FA_EPO':
    case 'FA_PPO':
    case 'FA_PO':
      return 'family_abuse';
    case 'AOV_EPO':
    case 'AOV_PPO':
    case 'AOV_PO':
      return 'act_of_violence';
    case 'ESRO':
    case 'FSRO':
      return 'substantial_risk';
    case 'OOS':
      return 'out_of_state';
  }
}

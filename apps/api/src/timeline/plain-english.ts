import type {
  HearingKind,
  HearingOutcome,
  OrderKind,
  ServedBy,
  ServiceMethod,
  ServiceOutcome,
  ViolationActCode,
} from '@haven/contracts';

// Plain-English words for the codes the views show. Records keyed by the unions make the compiler
// refuse a code left out.

const ORDER_KINDS: Record<OrderKind, string> = {
  FA_EPO: 'family abuse emergency protective order',
  FA_PPO: 'family abuse preliminary protective order',
  FA_PO: 'family abuse protective order',
  AOV_EPO: 'emergency protective order (act of violence)',
  AOV_PPO: 'preliminary protective order (act of violence)',
  AOV_PO: 'protective order (act of violence)',
  ESRO: 'emergency substantial risk order',
  FSRO: 'substantial risk order',
  OOS: 'out-of-state protective order',
};

const DEADLINE_KINDS: Record<string, string> = {
  order_expiry: 'Order expires',
  max_expiry: 'Latest day the order can last',
  hearing_by: 'Full hearing due by',
  file_by: 'Last day to file the motion to extend',
  notice_by: 'Notice due by',
  next_friend_file_by: 'Next-friend petition due by',
  advisory_target: 'Hearing target (advisory)',
  service_follow_up: 'Follow up on service',
};

const HEARING_KINDS: Record<HearingKind, string> = {
  ppo_full_hearing: 'full hearing on the preliminary order',
  final_trial: 'final hearing',
  extension: 'hearing on the motion to extend',
  sro_final: 'substantial risk order hearing',
};

const HEARING_OUTCOMES: Record<HearingOutcome, string> = {
  granted: 'granted',
  denied: 'denied',
  continued: 'continued',
  respondent_not_served: 'respondent not served',
  petitioner_absent: 'petitioner absent',
  ppo_reissued: 'preliminary order reissued',
};

const SERVED_BY: Record<ServedBy, string> = {
  sheriff: 'the sheriff',
  police: 'the police',
  process_server: 'a process server',
  other: 'someone else',
};

const SERVICE_METHODS: Record<ServiceMethod, string> = {
  personal: 'personal',
  substituted: 'substituted',
  posted: 'posted',
  open_court: 'in open court',
  other: 'other',
};

const SERVICE_OUTCOMES: Record<ServiceOutcome, string> = {
  served: 'served',
  not_found: 'respondent not found',
  refused: 'refused',
  other: 'other outcome',
};

const VIOLATION_ACTS: Record<ViolationActCode, string> = {
  entered_premises: 'entered the premises',
  family_abuse: 'family abuse',
  criminal_offense: 'criminal offense',
  contact: 'contact',
  furtive_entry_present: 'furtive entry while present',
  furtive_entry_remained: 'furtive entry and remained',
  assault_battery_bodily_injury: 'assault and battery with bodily injury',
  stalking: 'stalking',
  knowingly_armed: 'knowingly armed',
  other_provision: 'another provision of the order',
  failed_to_report_address_change: 'did not notify the court of a change of address',
};

const POTENTIAL_CLASSES: Record<string, string> = {
  class_1_misdemeanor: 'potentially a Class 1 misdemeanor',
  class_6_felony: 'potentially a Class 6 felony',
  none_identified: 'no criminal class identified',
};

export function orderKindLabel(kind: string): string {
  return ORDER_KINDS[kind as OrderKind] ?? kind;
}

/** "Order expires: family abuse protective order" */
export function deadlineTitle(kind: string, orderKind: string | null): string {
  const what = DEADLINE_KINDS[kind] ?? kind.replace(/_/g, ' ');
  return orderKind ? `${what}: ${orderKindLabel(orderKind)}` : what;
}

export function hearingKindLabel(kind: HearingKind): string {
  return HEARING_KINDS[kind] ?? kind;
}

export function hearingOutcomeLabel(outcome: HearingOutcome): string {
  return HEARING_OUTCOMES[outcome] ?? outcome;
}

export function servedByLabel(by: ServedBy): string {
  return SERVED_BY[by] ?? by;
}

export function serviceMethodLabel(method: ServiceMethod): string {
  return SERVICE_METHODS[method] ?? method;
}

export function serviceOutcomeLabel(outcome: ServiceOutcome): string {
  return SERVICE_OUTCOMES[outcome] ?? outcome;
}

export function violationActsLabel(acts: ViolationActCode[]): string {
  return acts.map((a) => VIOLATION_ACTS[a] ?? a).join(', ');
}

export function potentialClassLabel(potentialClass: string | null): string | null {
  return potentialClass ? (POTENTIAL_CLASSES[potentialClass] ?? potentialClass) : null;
}

/** Capitalises the first letter, for labels used at the start of a title. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

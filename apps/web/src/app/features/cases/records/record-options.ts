import type {
  CourtKind,
  HearingKind,
  HeldHearingOutcome,
  MilitaryCommand,
  OrderExtensionKind,
  ReliefCode,
  ServedBy,
  ServiceMethod,
  ServiceOutcome,
  ViolationActCode,
  ViolationActionTaken,
} from '@haven/contracts';

/** One choice of a select or a checkbox list. */
export interface Option<T extends string> {
  value: T;
  label: string;
}

// Records over the contract's unions: a code the API adds fails the build until it has words.
function options<T extends string>(labels: Record<T, string>): readonly Option<T>[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

export const COURT_KIND_OPTIONS = options<CourtKind>({
  JDR: 'Juvenile and domestic relations district court',
  GDC: 'General district court',
  CIRCUIT: 'Circuit court',
  MAGISTRATE: 'Magistrate',
});

export const HEARING_KIND_OPTIONS = options<HearingKind>({
  ppo_full_hearing: 'Full hearing on the preliminary order',
  final_trial: 'Final hearing',
  extension: 'Hearing on a motion to extend',
  sro_final: 'Substantial risk order hearing',
});

export const HEARING_OUTCOME_OPTIONS = options<HeldHearingOutcome>({
  granted: 'Granted',
  denied: 'Denied',
  respondent_not_served: 'Respondent not served',
  petitioner_absent: 'Petitioner absent',
  ppo_reissued: 'Preliminary order reissued',
});

// In the words of R02 (Va. Code § 16.1-253.4) and R07 / R24 (§§ 16.1-253.1, 19.2-152.9).
export const ORDER_EXTENSION_KIND_OPTIONS = options<OrderExtensionKind>({
  incapacity: 'The petitioner is hospitalised or incapacitated (emergency order)',
  unserved: 'The respondent was not personally served (preliminary order)',
});

export const SERVED_BY_OPTIONS = options<ServedBy>({
  sheriff: 'Sheriff',
  police: 'Police',
  process_server: 'Process server',
  other: 'Someone else',
});

export const SERVICE_METHOD_OPTIONS = options<ServiceMethod>({
  personal: 'Personal (handed to the respondent)',
  substituted: 'Substituted (left with a household member)',
  posted: 'Posted at the residence',
  open_court: 'In open court (respondent present when the order was entered)',
  other: 'Other',
});

export const SERVICE_OUTCOME_OPTIONS = options<ServiceOutcome>({
  served: 'Served',
  not_found: 'Respondent not found',
  refused: 'Refused',
  other: 'Other outcome',
});

// In the terms of R18 / R19 (Va. Code §§ 16.1-253.2, 18.2-60.4).
export const VIOLATION_ACT_OPTIONS = options<ViolationActCode>({
  entered_premises: 'Went to or entered the premises the order names',
  family_abuse: 'Committed family abuse',
  criminal_offense: 'Committed a criminal offense',
  contact: 'Contacted the petitioner',
  furtive_entry_present: 'Entered the home furtively while the petitioner was there',
  furtive_entry_remained: 'Entered furtively and stayed until the petitioner was there',
  assault_battery_bodily_injury: 'Assault and battery causing bodily injury',
  stalking: 'Stalking',
  knowingly_armed: 'Knowingly armed with a firearm or other deadly weapon',
  other_provision: 'Broke another provision of the order',
  failed_to_report_address_change:
    'Did not tell the court of a change of address within 7 days (contempt of court)',
});

// R09a (Va. Code § 16.1-253.1(A), 2025 Acts ch. 208): who issued a Military Protective Order.
export const MILITARY_COMMAND_OPTIONS = options<MilitaryCommand>({
  us_armed_forces: 'A commanding officer of the U.S. Armed Forces',
  virginia_national_guard: 'A commanding officer of the Virginia National Guard',
  other_state_national_guard: "A commanding officer of another state's National Guard",
});

export const VIOLATION_ACTION_OPTIONS = options<ViolationActionTaken>({
  police_report: 'Police report made',
  violation_petition: 'Violation petition filed',
  contempt: 'Contempt sought',
});

// The relief catalogue of rules-spec §1.11, in the words of Va. Code § 16.1-279.1(A).
export const RELIEF_OPTIONS = options<ReliefCode>({
  NO_ABUSE_OR_CRIME: 'No further abuse or criminal offense',
  NO_CONTACT: 'No contact',
  NO_PHYSICAL_PRESENCE: 'Stay away from the petitioner',
  PET_POSSESSION: 'Possession of a companion animal',
  RESIDENCE_POSSESSION: 'Exclusive possession of the residence',
  UTILITIES: 'Keep the utilities on',
  ALTERNATIVE_HOUSING: 'Alternative housing',
  VEHICLE: 'Use of a vehicle',
  PHONE_DEVICE: 'Phone or device',
  NO_TRACKING: 'No tracking',
  TREATMENT: 'Treatment or counseling',
  TEMP_CUSTODY_VISITATION: 'Temporary custody or visitation',
  TEMP_CHILD_SUPPORT: 'Temporary child support',
  OTHER_NECESSARY: 'Other necessary relief',
  FIREARM_BAN: 'Firearm ban',
  SURRENDER_CHP: 'Surrender concealed handgun permit',
  SURRENDER_FIREARMS: 'Surrender firearms',
  FIREARMS_CONTINUE_HELD: 'Firearms stay held',
  SEARCH_WARRANT_NOTICE: 'Search warrant notice',
});

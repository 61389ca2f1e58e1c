// Wire vocabularies shared by the API and the web app. They mirror the codes of @haven/rules
// (rules-spec §4); contracts depend on nothing, so the codes are restated here as plain unions.

/** Court kinds (rules-spec §4). */
export type CourtKind = 'JDR' | 'GDC' | 'CIRCUIT' | 'MAGISTRATE';

/** The respondent's relationship to the petitioner, as R15 asks it. */
export type Relationship =
  | 'spouse'
  | 'former_spouse'
  | 'parent'
  | 'child'
  | 'stepparent'
  | 'stepchild'
  | 'brother'
  | 'sister'
  | 'half_brother'
  | 'half_sister'
  | 'grandchild'
  | 'grandparent'
  | 'mother_in_law'
  | 'father_in_law'
  | 'son_in_law'
  | 'daughter_in_law'
  | 'brother_in_law'
  | 'sister_in_law'
  | 'child_in_common'
  | 'cohabitant'
  | 'former_cohabitant'
  | 'cohabitants_child_in_home'
  | 'none';

/** Hearing kinds the rules react to. */
export type HearingKind = 'ppo_full_hearing' | 'final_trial' | 'extension' | 'sro_final';

/** What happened at a hearing (R08). */
export type HearingOutcome =
  | 'granted'
  | 'denied'
  | 'continued'
  | 'respondent_not_served'
  | 'petitioner_absent'
  | 'ppo_reissued';

/** Recorded status of an order. */
export type OrderStatus =
  'granted' | 'served' | 'extended' | 'dissolved' | 'expired' | 'superseded';

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

/** Who tried to serve the respondent. */
export type ServedBy = 'sheriff' | 'police' | 'process_server' | 'other';

/**
 * How service was attempted. `open_court`: the respondent was present when the court entered the
 * order and was handed it there, which is personal service on the day of entry (R26).
 */
export type ServiceMethod = 'personal' | 'substituted' | 'posted' | 'open_court' | 'other';

/** Outcome of one service attempt. */
export type ServiceOutcome = 'served' | 'not_found' | 'refused' | 'other';

/** What the respondent did, in the terms of R18 / R19. */
export type ViolationActCode =
  | 'entered_premises'
  | 'family_abuse'
  | 'criminal_offense'
  | 'contact'
  | 'furtive_entry_present'
  | 'furtive_entry_remained'
  | 'assault_battery_bodily_injury'
  | 'stalking'
  | 'knowingly_armed'
  | 'other_provision'
  /** R26a: the respondent did not notify the court of a change of residence (contempt). */
  | 'failed_to_report_address_change';

/** What was done about a violation. */
export type ViolationActionTaken = 'police_report' | 'violation_petition' | 'contempt';

/** How directly a deadline comes from the source (rules-spec §4). */
export type DeadlineConfidence = 'source_explicit' | 'interpretation' | 'advisory';

/** A stated court date checked against the computed maximum. */
export type StatedCheck = 'matches' | 'earlier' | 'exceeds_maximum';

import { CITATIONS as C } from './citations';
import {
  RULES_EFFECTIVE_FROM as FROM,
  GUIDE_RULES_VERSION as V,
  RULES_VERSION,
  type RuleText,
} from './rule-definition';

// rules-spec §1.12: the 2025 Acts take effect on 1 Jul 2025.
const JULY_2025 = '2025-07-01';

// Templates: {issued}, {expires}, {due}… are formatted dates ('Mon 30 Nov 2026', '11:59 p.m. Mon 30
// Nov 2026'); {roll} is the court-day clause ('; third day Thu 26 Nov is Thanksgiving; court closed
// 26–29 Nov'); {clamp} notes a month-end clamp; {actBy} is '; file by Fri 6 Mar 2026' or empty.
/** R01–R17: family-abuse orders, evidence, eligibility, court and venue. */
export const FAMILY_ABUSE_RULES: readonly RuleText[] = [
  {
    id: 'VA.FA.EPO.EXPIRY',
    ref: 'R01',
    title: 'EPO expiry and court-day rollover',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO'],
    citations: [C.FA_EPO],
    assumptions: ['A-01', 'A-02', 'A-03'],
    templates: {
      expiry: 'Issued {issued}{roll}; expires {expires}.',
      stated: 'Issued {issued}; the order states {expires}; the 3-day limit is {maximum}.',
    },
  },
  {
    id: 'VA.FA.EPO.INCAPACITY_EXT',
    ref: 'R02',
    title: 'Three-day extension for a hospitalised or incapacitated petitioner',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO'],
    citations: [C.FA_EPO],
    assumptions: ['A-12'],
    templates: {
      computed:
        'EPO expires {original}; extended 3 days for a hospitalised or incapacitated petitioner: expires {expires}, not rolled to a court day.',
      stated:
        'EPO expires {original}; incapacity extension to at most {maximum}; the order states {expires}.',
      notForKind:
        'An incapacity extension was recorded for an act-of-violence EPO; the guide states none (check § 19.2-152.8): not computed; attorney review.',
      repeated:
        'A further incapacity extension was recorded; the source allows one of at most 3 days: not computed; attorney review.',
    },
  },
  {
    id: 'VA.FA.EPO.NEXT_FRIEND',
    ref: 'R03',
    title: 'Petition for a minor filed by a next friend',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO'],
    citations: [C.FA_NEXT_FRIEND],
    assumptions: ['A-13'],
    templates: {
      deadline:
        'EPO expires {epoExpires}; next-friend petition (attorney for the Commonwealth or law-enforcement officer) due within 24 hours after: {due}{roll}{actBy}.',
    },
  },
  {
    id: 'VA.FA.EPO.REQUEST',
    ref: 'R04',
    title: 'Who may request an EPO, where, and when',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO'],
    citations: [C.FA_EPO],
    assumptions: [],
    templates: {
      summary:
        'The petitioner (through a magistrate, General District Court or Circuit Court) or a law-enforcement official may request an EPO, ex parte, on weekends and after hours.',
    },
  },
  {
    id: 'VA.FA.PPO.DURATION',
    ref: 'R05',
    title: 'PPO lasts up to 15 days until the full hearing',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_PPO'],
    citations: [C.FA_PPO],
    assumptions: ['A-03', 'A-04', 'A-05'],
    templates: {
      expiry: 'Issued {issued}{roll}; lasts at most until {expires}.',
      stated: 'Issued {issued}; the order states {expires}; the 15-day limit is {maximum}.',
      hearingBy: 'Issued {issued}{roll}; full hearing due by {due}.',
    },
  },
  {
    id: 'VA.FA.HEARING.WITHIN_15_OF_FILING',
    ref: 'R06',
    title: 'Hearing generally within 15 days of filing (advisory)',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_PPO', 'FA_PO'],
    citations: [C.GUIDE_STEP_4],
    assumptions: ['A-04'],
    templates: {
      target:
        'Petition filed {filed}{roll}; hearing generally within 15 days: target {due} (advisory).',
      targetWithPpo:
        "Petition filed {filed}{roll}; hearing generally within 15 days: target {due} (advisory; the preliminary order's 15-day limit governs).",
    },
  },
  {
    id: 'VA.FA.PPO.UNSERVED_EXT',
    ref: 'R07',
    title: 'Extension up to six months when the respondent was not personally served',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_PPO'],
    citations: [C.FA_PPO],
    assumptions: ['A-06', 'A-07'],
    templates: {
      computed:
        'Respondent not personally served for the hearing on {granted}; extension of at most 6 calendar months{clamp}: expires {expires}, not rolled.',
      stated:
        'Respondent not personally served for the hearing on {granted}; extension to at most {maximum}; the order states {expires}.',
      serviceFollowUp:
        'Extended order of {granted} must be served as soon as possible: check service with the sheriff now.',
      furtherStated:
        'A further extension to {expires} was recorded on {granted}; the source does not say a PPO can be extended again: attorney review.',
      furtherNotComputed:
        'A further extension was recorded on {granted} without a stated expiry; the source does not say a PPO can be extended again, so none is computed: attorney review.',
    },
  },
  {
    id: 'VA.FA.HEARING.OUTCOMES',
    ref: 'R08',
    title: 'What hearing outcomes do to the PPO',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_PPO'],
    citations: [C.GUIDE_STEPS_3_4],
    assumptions: ['A-05'],
    templates: {
      petitionerAbsent:
        'Petitioner did not attend the hearing on {on}: the preliminary order expired; a new petition is needed.',
      respondentNotServed:
        'Respondent not served for the hearing on {on}: ask the court to extend the preliminary order (it otherwise ends {expires}).',
      reissued:
        'Preliminary order reissued at the hearing on {on}: record the new order; its 15 days run again.',
      hearingAfterExpiry:
        'Hearing set for {hearing} but the preliminary order ends {expires}: ask the court to reissue or extend it.',
    },
  },
  {
    id: 'VA.FA.PPO.FILING',
    ref: 'R09',
    title: 'Where and by whom a PPO petition is filed',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_PPO'],
    citations: [C.FA_PPO, C.GUIDE_STEP_1],
    assumptions: ['A-23'],
    templates: {
      summary:
        'The petitioner files a written petition at the juvenile and domestic relations court intake office (or circuit court); law enforcement cannot request a PPO; no filing fee.',
    },
  },
  {
    id: 'VA.FA.PPO.MILITARY_ORDER_BASIS',
    ref: 'R09a',
    title: 'A Military Protective Order as a basis for a preliminary order',
    version: RULES_VERSION,
    effectiveFrom: JULY_2025,
    changes:
      'New rule: a preliminary order may issue on evidence of a Military Protective Order; intake records it as a basis of the petition.',
    enactedBy: '2025 Acts ch. 208 (HB 1882 / SB 957)',
    appliesTo: ['FA_PPO', 'AOV_PPO'],
    citations: [C.FA_PPO_MILITARY_ORDER],
    assumptions: [],
    templates: {
      accepted:
        'Petition filed {filed} rests on a Military Protective Order issued {mpoIssued} by a commanding officer of {command}: accepted as a basis for the preliminary order, next to the affidavit or sworn testimony.',
      beforeInForce:
        'Petition filed {filed}, before a Military Protective Order became a basis for a preliminary order on Tue 1 Jul 2025: describe the abuse in the affidavit or sworn testimony.',
      notPreliminary:
        'A Military Protective Order is a basis for a preliminary protective order petition; this petition seeks {kind}.',
      ncicReminder:
        "The respondent's Military Protective Order was entered in NCIC: law enforcement must inform the military law-enforcement office that entered it of this violation ({on}); remind the officer.",
      ncicUnknown:
        'The respondent has a Military Protective Order: if it was entered in NCIC, law enforcement must inform the military law-enforcement office that entered it of this violation ({on}); ask the officer.',
    },
  },
  {
    id: 'VA.FA.PO.MAX_DURATION',
    ref: 'R10',
    title: 'Final order up to two years',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_PO'],
    citations: [C.FA_PO],
    assumptions: ['A-07', 'A-08', 'A-09', 'A-10'],
    templates: {
      default:
        'Issued {issued}; no expiry stated, so 2 years from issuance (as for act-of-violence orders){clamp}: expires {expires}, not rolled.',
      stated: 'Issued {issued}; the order states {expires}; the 2-year maximum is {maximum}.',
      findingNotInForce:
        "Issued {issued}, before the four-year term took effect on Tue 1 Jul 2025: the 2-year maximum ({maximum}) applies although the court's finding of a prior family-abuse protective order is recorded.",
    },
  },
  {
    id: 'VA.FA.PO.MAX_DURATION',
    ref: 'R10',
    title: 'Final order up to two years, or four after a prior order',
    version: RULES_VERSION,
    effectiveFrom: JULY_2025,
    changes:
      'Up to 4 years when the court finds the respondent was subject to a previous permanent family-abuse order issued within 10 years; otherwise 2 years; the 2-year default is unchanged.',
    enactedBy: '2025 Acts ch. 161 (HB 2123)',
    appliesTo: ['FA_PO'],
    citations: [C.FA_PO_AS_AMENDED_2025],
    assumptions: ['A-07', 'A-08', 'A-09', 'A-10'],
    templates: {
      default:
        'Issued {issued}; no expiry stated, so 2 years from issuance (as for act-of-violence orders){clamp}: expires {expires}, not rolled.',
      defaultWithFinding:
        'Issued {issued}; the court found a prior family-abuse protective order within 10 years, so the order may run to {maximum}, but it states no expiry: 2 years from issuance is assumed, never 4{clamp}: expires {expires}, not rolled.',
      stated: 'Issued {issued}; the order states {expires}; the 2-year maximum is {maximum}.',
      statedWithFinding:
        "Issued {issued}; the order states {expires}; with the court's finding of a prior family-abuse protective order within 10 years, the 4-year maximum is {maximum}.",
      askStatedExpiry:
        'The court found a prior family-abuse protective order within 10 years: record the expiry this order states (at most {maximum}); until then 2 years, to {expires}, is assumed.',
      priorOrderInconsistent:
        "The court found a prior family-abuse protective order within 10 years, but the previous order recorded was issued {previous}, more than 10 years before this order ({issued}): check the record; the court's finding stands.",
    },
  },
  {
    id: 'VA.FA.PO.EXTENSION_FILE_BY',
    ref: 'R11',
    title: 'The motion to extend must be filed before the order expires',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_PO'],
    citations: [C.FA_PO],
    assumptions: ['A-11'],
    templates: {
      fileBy:
        "Order expires {expires}{roll}; file the motion to extend by {fileBy}, while the clerk's office is open.",
      untimely:
        'Motion to extend filed {filed}, after the order expired {expires}: untimely; the order cannot be extended and a new petition is needed.',
      timely: 'Motion to extend filed {filed}, before the order expires {expires}: timely.',
    },
  },
  {
    id: 'VA.FA.PO.EXTENSION',
    ref: 'R12',
    title: 'Extension up to two more years, repeatable',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_PO'],
    citations: [C.FA_PO],
    assumptions: ['A-07', 'A-08', 'A-10'],
    templates: {
      computed:
        'Extension granted {issued}; at most 2 years from the grant{clamp}: expires {expires}, not rolled.',
      stated:
        'Extension granted {issued}; the order states {expires}; the 2-year maximum is {maximum}.',
      notFamily:
        'Not available under this rule: the petitioner was not a family or household member when the initial order issued, which an extension requires (R12); any extension needs attorney review.',
      hearingAfterExpiry:
        'Extension hearing set for {hearing} but the order expires {expires}: ask for an ex parte preliminary order until the hearing.',
    },
  },
  {
    id: 'VA.FA.PO.EXTENSION',
    ref: 'R12',
    title: 'Extension up to two more years, repeatable',
    version: RULES_VERSION,
    effectiveFrom: JULY_2025,
    changes:
      'Restated for four-year orders: an extension is at most 2 years from the grant, whether the order extended ran 2 or 4 years.',
    enactedBy: '2025 Acts ch. 161 (HB 2123)',
    appliesTo: ['FA_PO'],
    citations: [C.FA_PO_AS_AMENDED_2025],
    assumptions: ['A-07', 'A-08', 'A-10'],
    templates: {
      computed:
        'Extension granted {issued}; at most 2 years from the grant{clamp}: expires {expires}, not rolled.',
      computedAfterFourYears:
        'Extension granted {issued} of an order that ran up to 4 years; an extension is still at most 2 years from the grant{clamp}: expires {expires}, not rolled.',
      stated:
        'Extension granted {issued}; the order states {expires}; the 2-year maximum is {maximum}.',
      statedAfterFourYears:
        'Extension granted {issued} of an order that ran up to 4 years; the order states {expires}; an extension is still at most 2 years from the grant: {maximum}.',
      notFamily:
        'Not available under this rule: the petitioner was not a family or household member when the initial order issued, which an extension requires (R12); any extension needs attorney review.',
      hearingAfterExpiry:
        'Extension hearing set for {hearing} but the order expires {expires}: ask for an ex parte preliminary order until the hearing.',
    },
  },
  {
    id: 'VA.FA.MEDICAL_NOTICE',
    ref: 'R13',
    title: 'Notice of intent to use medical records',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_PPO', 'FA_PO'],
    citations: [C.FA_MEDICAL],
    assumptions: ['A-14', 'A-15'],
    templates: {
      trial:
        'Final trial {hearing}; notice of medical records due 10 days before: {due}{roll}{actBy}.',
      ppoHearing:
        'PPO hearing {hearing}{assumed}; notice of medical records due 24 hours before: {due}.',
    },
  },
  {
    id: 'VA.FA.DEFINITION',
    ref: 'R14',
    title: 'Family abuse',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO', 'FA_PPO', 'FA_PO'],
    citations: [C.FA_DEFINITION],
    assumptions: [],
    templates: {
      summary:
        'Family abuse: an act involving violence, force, or threat by a family or household member that results in physical injury or places the petitioner in reasonable fear of death, sexual assault, or bodily injury.',
    },
  },
  {
    id: 'VA.FA.ELIGIBILITY.FAMILY_OR_HOUSEHOLD_MEMBER',
    ref: 'R15',
    title: 'Who is a family or household member',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO', 'FA_PPO', 'FA_PO'],
    citations: [C.FA_DEFINITION, C.FA_NEXT_FRIEND],
    assumptions: ['A-17', 'A-20'],
    templates: {
      member: '{relationship}: a family or household member ({condition}).',
      notMember: '{relationship}: not a family or household member ({condition}).',
      borderline:
        'Cohabitation ended {ended}: within 12 months of the last act ({act}) but not of the filing date ({filed}); attorney review.',
      nextFriend:
        'A minor protected against a parent, guardian or person in loco parentis: an attorney for the Commonwealth or a law-enforcement officer may petition as next friend.',
    },
  },
  {
    id: 'VA.COURT.SELECTION',
    ref: 'R16',
    title: 'Which court',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO', 'FA_PPO', 'FA_PO', 'AOV_EPO', 'AOV_PPO', 'AOV_PO', 'ESRO', 'FSRO', 'OOS'],
    citations: [C.GDC_PUBLICATION, C.JDR_PUBLICATION],
    assumptions: ['A-21', 'A-23'],
    templates: { court: '{order}: {court} ({reason}).' },
  },
  {
    id: 'VA.FA.VENUE',
    ref: 'R17',
    title: 'Where a family-abuse petition may be filed',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO', 'FA_PPO', 'FA_PO'],
    citations: [C.FA_VENUE, C.GUIDE_JURISDICTION],
    assumptions: [],
    templates: { option: '{locality}: {reason}.' },
  },
];

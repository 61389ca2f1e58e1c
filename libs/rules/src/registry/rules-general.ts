import { CITATIONS as C } from './citations';
import {
  ALL_KINDS,
  RULES_EFFECTIVE_FROM as FROM,
  GUIDE_RULES_VERSION as V,
  RULES_VERSION,
  VIRGINIA_KINDS,
  type RuleText,
} from './rule-definition';

/** R26–R38: service, fees, confidentiality, substantial risk orders, firearms, out-of-state orders. */
export const GENERAL_RULES: readonly RuleText[] = [
  {
    id: 'VA.SERVICE.EFFECTIVE_ON_SERVICE',
    ref: 'R26',
    title: 'Orders take effect on service',
    version: V,
    effectiveFrom: FROM,
    appliesTo: VIRGINIA_KINDS,
    citations: [C.GUIDE_SERVICE],
    assumptions: ['A-10'],
    templates: {
      served: 'Served {servedAt}: enforceable from then; the term still runs from issuance.',
      unserved: 'Not yet served: the order takes effect when the respondent is served.',
      inherited: 'Extension of an order served {servedAt}: treated as enforceable from the grant.',
      outOfState:
        'Out-of-state order: enforceable in Virginia without registration if entitled to full faith and credit.',
    },
  },
  {
    id: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
    ref: 'R26a',
    title: "The respondent's notice of a change of residence",
    version: RULES_VERSION,
    // rules-spec §1.12 names the Act but no date; Acts of a regular session take effect on 1 July.
    effectiveFrom: '2024-07-01',
    changes:
      'New rule: a served respondent must tell the court in writing within 7 days of moving while the order is in effect (a preliminary order: if the court requires it); failure is contempt.',
    enactedBy: '2024 Acts ch. 594 (SB 398)',
    appliesTo: ['FA_PPO', 'FA_PO', 'AOV_PPO', 'AOV_PO'],
    citations: [C.RESPONDENT_ADDRESS_CHANGE],
    assumptions: [],
    templates: {
      noticeBy:
        "Respondent moved {moved} while the order was in effect; notice to the court in writing due within 7 days: {due}{closed}, not moved to a court day (the duty is the respondent's).",
      preliminaryNotRequired:
        'Respondent moved {moved} while the preliminary order was in effect: the court may require notice of a change of residence within 7 days; record whether this order does.',
      followUp:
        "Ask the court whether it received the respondent's written notice of the move of {moved}: it was due {due}. The new address stays sealed.",
      contempt:
        'Failing to tell the court of a change of residence within 7 days is punishable as contempt of court (civil or criminal contempt, as the court decides), not as a criminal violation of the order (§ 16.1-253.2 or § 18.2-60.4).',
      beforeInForce:
        'The duty to report a change of residence took effect on Mon 1 Jul 2024; the failure of {on} is before it: not classified; attorney review.',
    },
  },
  {
    id: 'VA.FEES',
    ref: 'R27',
    title: 'No fees',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ALL_KINDS,
    citations: [C.FA_PO_RELIEF_AND_FEES, C.AOV_FEES, C.OOS_REGISTRATION_FEE],
    assumptions: [],
    templates: {
      summary:
        'No filing fee for a family-abuse or act-of-violence protective order; no fee for a certified copy or for registering an out-of-state order.',
    },
  },
  {
    id: 'VA.CONFIDENTIALITY.CONTACT_DETAILS',
    ref: 'R28',
    title: 'Contact details in the order are confidential',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['AOV_EPO', 'AOV_PPO', 'AOV_PO'],
    citations: [C.AOV_CONFIDENTIALITY],
    assumptions: [],
    templates: {
      summary:
        "Court officials and police may not disclose the petitioner's or family members' residential address, telephone number or place of employment included in the order.",
    },
  },
  {
    id: 'US.2265.NO_INTERNET_PUBLICATION',
    ref: 'R29',
    title: 'No internet publication of identifying or locating information',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ALL_KINDS,
    citations: [C.US_NO_INTERNET],
    assumptions: [],
    templates: {
      summary:
        "Courts must not publish on the internet information likely to reveal the protected person's identity or location.",
    },
  },
  {
    id: 'VA.SRO.PETITIONER',
    ref: 'R30',
    title: 'Who may file a substantial risk order',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['ESRO', 'FSRO'],
    citations: [C.SRO_PETITIONER],
    assumptions: ['A-21'],
    templates: {
      summary:
        'A law-enforcement agency (after an independent investigation) or an attorney for the Commonwealth files; a concerned person asks law enforcement to file.',
    },
  },
  {
    id: 'VA.SRO.EMERGENCY',
    ref: 'R31',
    title: 'ESRO lasts until the final hearing, scheduled within 14 days',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['ESRO'],
    citations: [C.SRO_EMERGENCY, C.COMPUTATION_OF_TIME],
    assumptions: ['A-02', 'A-16', 'A-21'],
    templates: {
      hearingBy: 'Issued {issued}{roll}; final hearing due by {due} (within 14 days).',
      untilHearing: 'Issued {issued}; in effect until the final hearing is held.',
      hearingLate:
        'Final hearing set for {hearing}, after the 14-day limit {due}: check the date with the court.',
    },
  },
  {
    id: 'VA.SRO.FINAL.MAX',
    ref: 'R32',
    title: 'FSRO up to 180 days',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FSRO'],
    citations: [C.SRO_FINAL],
    assumptions: ['A-08', 'A-16'],
    templates: {
      stated: 'Issued {issued}; the order states {expires}; the 180-day maximum is {maximum}.',
    },
  },
  {
    id: 'VA.SRO.EXTENSION',
    ref: 'R33',
    title: 'FSRO extension up to 180 days',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FSRO'],
    citations: [C.SRO_EXTENSION],
    assumptions: ['A-10', 'A-11', 'A-16'],
    templates: {
      stated:
        'Extension granted {issued}; the order states {expires}; the 180-day maximum is {maximum}.',
      repeat:
        'A further extension of a substantial risk order was recorded; the source does not say it is repeatable: attorney review.',
      fileBy:
        "Order expires {expires}{roll}; the attorney for the Commonwealth or law enforcement must file the written motion to extend by {fileBy}, while the clerk's office is open.",
      untimely:
        'Motion to extend filed {filed}, after the order expired {expires}: untimely; the order cannot be extended.',
      timely: 'Motion to extend filed {filed}, before the order expires {expires}: timely.',
      hearingAfterExpiry:
        'Extension hearing set for {hearing} but the order expires {expires}: it lapses before the hearing.',
    },
  },
  {
    id: 'VA.SRO.RELIEF_AND_FIREARMS',
    ref: 'R34',
    title: 'Substantial risk orders: firearms relief',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['ESRO', 'FSRO'],
    citations: [C.SRO_ESRO_RELIEF, C.SRO_FSRO_RELIEF, C.SRO_EVIDENCE, C.SRO_ACT_OF_VIOLENCE],
    assumptions: [],
    templates: {
      summary:
        'ESRO: no purchase, possession or transport of firearms; surrender permit and firearms. FSRO: surrendered firearms stay held; search-warrant notice.',
    },
  },
  {
    id: 'VA.FIREARMS.ADVISORY',
    ref: 'R35',
    title: 'Firearms advisory',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO', 'FA_PPO', 'FA_PO', 'AOV_EPO', 'AOV_PPO', 'AOV_PO'],
    citations: [C.GUIDE_FIREARMS],
    assumptions: [],
    templates: {
      warning:
        'The respondent is known to have firearms: tell the judge and ask about firearm relinquishment (advisory, not a legal conclusion).',
    },
  },
  {
    id: 'US.FFC.CONDITIONS',
    ref: 'R36',
    title: 'Full faith and credit',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ALL_KINDS,
    citations: [C.US_FFC_PURPOSE, C.US_FFC_CONDITIONS, C.US_FFC_CUSTODY, C.US_FFC_CUSTODY_ACTS],
    assumptions: [],
    templates: {
      purpose:
        'Issued to prevent violent or threatening acts, harassing behavior, sexual violence, or contact or proximity.',
      jurisdiction: 'The issuing court had jurisdiction over the parties and the matter.',
      notice: 'The respondent received notice and had an opportunity to be heard.',
      exParte:
        'Ex parte order: notice and an opportunity to be heard at a hearing scheduled before it expires.',
      enforcement: 'Enforced under the law of the state where the violation occurs.',
    },
  },
  {
    id: 'VA.OOS.ENFORCEMENT_AND_REGISTRATION',
    ref: 'R37',
    title: 'Out-of-state orders: enforcement and registration in Virginia',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['OOS'],
    citations: [
      C.OOS_ENFORCEMENT_VA,
      C.US_FFC_ENFORCEMENT,
      C.US_FFC_NO_REGISTRATION_NEEDED,
      C.VA_JUDICIAL_WEBSITE,
      C.OOS_REGISTRATION_FEE,
      C.US_REGISTRATION_NOTICE,
    ],
    assumptions: [],
    templates: {
      enforcement:
        'Enforceable in Virginia without registration: show the officer a copy and truthfully say you believe it is still in effect.',
      registration:
        'Optional registration at any juvenile and domestic relations district court with a certified copy, no fee; entered in VCIN (and possibly NCIC); the respondent is not notified unless the petitioner asks.',
    },
  },
  {
    id: 'US.FFC.MODIFY_ONLY_IN_ISSUING_STATE',
    ref: 'R38',
    title: 'Only the issuing state can change, extend or cancel an order',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['OOS'],
    citations: [C.GUIDE_OOS_MODIFY],
    assumptions: [],
    templates: {
      expiry:
        'Issued in {state} {issued}; expires on its stated date, {expires}; only {state} can extend it.',
      extendInIssuingState:
        'Extension must be sought in {state}: a Virginia court cannot change, extend or cancel this order.',
      noStatedExpiry:
        'No expiry recorded for this {state} order: record the date it states; Virginia computes none.',
    },
  },
];

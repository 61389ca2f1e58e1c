import { CITATIONS as C } from './citations';
import {
  RULES_EFFECTIVE_FROM as FROM,
  GUIDE_RULES_VERSION as V,
  type RuleText,
} from './rule-definition';

/** R18–R25: violations, act-of-violence definition and orders. */
export const VIOLATION_AND_AOV_RULES: readonly RuleText[] = [
  {
    id: 'VA.FA.VIOLATION.CLASSIFICATION',
    ref: 'R18',
    title: 'Violating a family-abuse protective order',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO', 'FA_PPO', 'FA_PO'],
    citations: [C.FA_VIOLATION_A, C.FA_VIOLATION_BC],
    assumptions: ['A-18', 'A-19'],
    templates: {
      misdemeanor: 'Potential Class 1 misdemeanor: violated the provision prohibiting {act}.',
      felony: 'Potential Class 6 felony: {act}.',
      thirdOffense:
        'Potential Class 6 felony: third or subsequent offense within 20 years of the first conviction ({first}), an offense based on an act or threat of violence.',
      notThirdOffense: 'Not a third offense within 20 years of the first conviction ({first}).',
      otherProvision:
        'Violated another provision: not in the Class 1 list, but any knowing violation can be contempt or a crime.',
      contempt:
        'Civil contempt: a violation petition in the issuing court is available (no bar stated for family-abuse orders).',
      noRule: 'The guide gives no violation classification for a {kind} order: attorney review.',
    },
  },
  {
    id: 'VA.AOV.VIOLATION.CLASSIFICATION',
    ref: 'R19',
    title: 'Violating an act-of-violence protective order; contempt bar',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['AOV_EPO', 'AOV_PPO', 'AOV_PO'],
    citations: [C.AOV_VIOLATION_A, C.AOV_VIOLATION_BC],
    assumptions: ['A-18', 'A-19'],
    templates: {
      misdemeanor:
        'Potential Class 1 misdemeanor: knowingly violated a provision of the order ({act}).',
      felony: 'Potential Class 6 felony: {act}.',
      thirdOffense:
        'Potential Class 6 felony: third or subsequent offense within 20 years of the first conviction ({first}), an offense based on an act or threat of violence.',
      notThirdOffense: 'Not a third offense within 20 years of the first conviction ({first}).',
      contempt: 'Civil contempt: a violation petition in the issuing court is available.',
      contemptBarred:
        'Criminally prosecuted for this violation: cannot also be found guilty of contempt for the same act.',
    },
  },
  {
    id: 'VA.VIOLATION.PROSECUTION_VENUE',
    ref: 'R20',
    title: 'Where a violation may be prosecuted',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO', 'FA_PPO', 'FA_PO', 'AOV_EPO', 'AOV_PPO', 'AOV_PO'],
    citations: [C.FA_PROSECUTION_VENUE, C.AOV_PROSECUTION_VENUE],
    assumptions: [],
    templates: {
      summary:
        'Prosecution where the order was issued, where the violation took place, or where the petitioner lived when it took place.',
    },
  },
  {
    id: 'VA.VIOLATION.POLICE_REPORT',
    ref: 'R21',
    title: 'Police must write a report even without arrest',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['FA_EPO', 'FA_PPO', 'FA_PO', 'AOV_EPO', 'AOV_PPO', 'AOV_PO'],
    citations: [C.POLICE_REPORT],
    assumptions: [],
    templates: {
      task: "Confirm the police wrote a report of the violation on {on}, with the responding officers' names and badge numbers.",
    },
  },
  {
    id: 'VA.AOV.DEFINITION_AND_ELIGIBILITY',
    ref: 'R22',
    title: 'Act of violence, force, or threat; eligibility',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['AOV_EPO', 'AOV_PPO', 'AOV_PO'],
    citations: [C.AOV_DEFINITION],
    assumptions: [],
    templates: {
      summary:
        'An act of violence, force, or threat (physical injury or reasonable fear of death, sexual assault, or physical injury) by anyone: no family or household relationship is needed.',
    },
  },
  {
    id: 'VA.AOV.EPO.EXPIRY',
    ref: 'R23',
    title: 'AOV EPO lasts three days with court-day rollover',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['AOV_EPO'],
    citations: [C.AOV_EPO_EXPIRY, C.AOV_EPO_GROUNDS],
    assumptions: ['A-01', 'A-02', 'A-03', 'A-12'],
    templates: {
      expiry: 'Issued {issued}{roll}; expires {expires}.',
      stated: 'Issued {issued}; the order states {expires}; the 3-day limit is {maximum}.',
      statedExtension:
        'Incapacity extension recorded {issued}; the order states {expires}; the guide states no such extension (check § 19.2-152.8).',
    },
  },
  {
    id: 'VA.AOV.PPO',
    ref: 'R24',
    title: 'AOV PPO: grounds, duration, unserved extension',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['AOV_PPO'],
    citations: [C.AOV_PPO_GROUNDS, C.AOV_PPO_UNSERVED],
    assumptions: ['A-04', 'A-06', 'A-07'],
    templates: {
      target:
        'Issued {issued}{roll}; full hearing generally within 15 days: target {due} (advisory).',
      stated: 'Issued {issued}; the order states {expires}.',
      computed:
        'Extension granted {granted} while the respondent could not be served; at most 6 calendar months{clamp}: expires {expires}, not rolled.',
      statedExtension:
        'Extension granted {granted} while the respondent could not be served; at most {maximum}; the order states {expires}.',
      serviceFollowUp:
        'Extended order of {granted} must be served as soon as possible: check service with the sheriff now.',
      untilHearing: 'Issued {issued}; lasts until the full hearing (no fixed limit in the source).',
      furtherStated:
        'A further extension to {expires} was recorded on {granted}; the source does not say a PPO can be extended again: attorney review.',
      furtherNotComputed:
        'A further extension was recorded on {granted} without a stated expiry; the source does not say a PPO can be extended again, so none is computed: attorney review.',
    },
  },
  {
    id: 'VA.AOV.PO',
    ref: 'R25',
    title: 'AOV final order: duration, default, extension, modification',
    version: V,
    effectiveFrom: FROM,
    appliesTo: ['AOV_PO'],
    citations: [C.AOV_PO_DURATION, C.AOV_PO_EXTENSION, C.AOV_PO_GROUNDS, C.AOV_PO_MODIFY],
    assumptions: ['A-07', 'A-08', 'A-10', 'A-11'],
    templates: {
      default:
        'Issued {issued}; no expiry stated, so it ends 2 years from issuance{clamp}: expires {expires}, not rolled.',
      stated: 'Issued {issued}; the order states {expires}; the 2-year maximum is {maximum}.',
      computed:
        'Extension granted {issued}; at most 2 years from the grant{clamp}: expires {expires}, not rolled.',
      statedExtension:
        'Extension granted {issued}; the order states {expires}; the 2-year maximum is {maximum}.',
      fileBy:
        "Order expires {expires}{roll}; file the motion to extend by {fileBy}, while the clerk's office is open.",
      untimely:
        'Motion to extend filed {filed}, after the order expired {expires}: untimely; the order cannot be extended and a new petition is needed.',
      timely: 'Motion to extend filed {filed}, before the order expires {expires}: timely.',
      hearingAfterExpiry:
        'Extension hearing set for {hearing} but the order expires {expires}: ask for an ex parte preliminary order until the hearing.',
    },
  },
];

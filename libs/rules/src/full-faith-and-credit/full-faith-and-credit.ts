import type { Citation } from '../model/citation';
import { CITATIONS as C } from '../registry/citations';
import type { IsoDate } from '../calendar/types';
import type { ComputeOptions } from '../model/options';
import { renderExplanation, ruleOn, ruleSetOf } from '../registry/registry';
import {
  optionalBoolean,
  optionalDate,
  requireBoolean,
  requireObject,
  requireText,
} from '../validation/fields';

/** Facts about an order for R36–R38; an omitted condition is unknown (attorney review). */
export interface FullFaithAndCreditInput {
  /** 'Maryland', or 'Virginia' for a Virginia order enforced elsewhere. */
  issuingState: string;
  /** Issued to prevent violent or threatening acts, harassment, sexual violence, contact or proximity. */
  issuedToPrevent?: boolean;
  issuingCourtHadJurisdiction?: boolean;
  respondentHadNoticeAndOpportunity?: boolean;
  /** An ex parte temporary or emergency order. */
  exParte: boolean;
  /** Ex parte only: notice and a hearing scheduled before the order expires. */
  hearingScheduledBeforeExpiry?: boolean;
  hasCustodyProvisions?: boolean;
  /** The custody provision complies with the UCCJA/UCCJEA and the PKPA. */
  custodyCompliesWithUccjeaAndPkpa?: boolean;
  /** The day the order is assessed: the rule versions in force then apply (default the latest). */
  on?: IsoDate;
}

/** The status of one full-faith-and-credit condition. */
export type ConditionStatus = 'met' | 'not_met' | 'unknown' | 'not_applicable';

/** R36–R38 result (rules-spec §4), with enforcement, custody and extension guidance. */
export interface FullFaithAndCreditResult {
  conditions: Array<{
    id: 'purpose' | 'jurisdiction' | 'notice_and_hearing' | 'ex_parte_hearing_before_expiry';
    status: ConditionStatus;
    text: string;
    citation: Citation;
  }>;
  entitled: 'yes' | 'no' | 'needs_review';
  /** Only this state can change, extend or cancel the order (R38). */
  modifyOnlyIn: string;
  extension: { inVirginia: false | 'virginia_order'; text: string; citation: Citation };
  enforcement: Array<{ text: string; citation: Citation }>;
  /** Registration in Virginia of an out-of-state order (R37); absent for a Virginia order. */
  registration?: {
    optional: true;
    court: 'any JDR court';
    fee: 0;
    registry: 'VCIN';
    respondentNotifiedOnlyIfRequested: true;
    text: string;
    citations: Citation[];
  };
  custody?: { status: ConditionStatus; text: string; citations: Citation[] };
  needsAttorneyReview: boolean;
  /** The rule versions applied (R36, R38, and R37 for an out-of-state order; rules-spec §1.12). */
  ruleVersions: string[];
}

const isVirginia = (state: string): boolean => /^(va|virginia)$/i.test(state.trim());

function status(value: boolean | undefined): ConditionStatus {
  return value === undefined ? 'unknown' : value ? 'met' : 'not_met';
}

/**
 * R36–R38: whether an order is entitled to full faith and credit (18 U.S.C. §§ 2265, 2266), how it
 * is enforced and registered in Virginia, and that only the issuing state can extend it.
 */
export function fullFaithAndCredit(
  input: FullFaithAndCreditInput,
  options?: ComputeOptions,
): FullFaithAndCreditResult {
  const obj = requireObject(input, 'input');
  const state = requireText(obj['issuingState'], 'issuingState');
  const exParte = requireBoolean(obj['exParte'], 'exParte');
  const flag = (name: string): boolean | undefined => optionalBoolean(obj[name], name);
  const rule = ruleOn(optionalDate(obj['on'], 'on'), ruleSetOf(options));
  const r36 = rule('US.FFC.CONDITIONS');
  const r37 = rule('VA.OOS.ENFORCEMENT_AND_REGISTRATION');
  const r38 = rule('US.FFC.MODIFY_ONLY_IN_ISSUING_STATE');
  const t = (variant: string) => renderExplanation(r36, variant, {});
  const conditions: FullFaithAndCreditResult['conditions'] = [
    {
      id: 'purpose',
      status: status(flag('issuedToPrevent')),
      text: t('purpose'),
      citation: C.US_FFC_PURPOSE,
    },
    {
      id: 'jurisdiction',
      status: status(flag('issuingCourtHadJurisdiction')),
      text: t('jurisdiction'),
      citation: C.US_FFC_CONDITIONS,
    },
    // For an ex parte order, notice and hearing are judged by condition 4 instead.
    {
      id: 'notice_and_hearing',
      status: exParte ? 'not_applicable' : status(flag('respondentHadNoticeAndOpportunity')),
      text: t('notice'),
      citation: C.US_FFC_CONDITIONS,
    },
    {
      id: 'ex_parte_hearing_before_expiry',
      status: exParte ? status(flag('hearingScheduledBeforeExpiry')) : 'not_applicable',
      text: t('exParte'),
      citation: C.US_FFC_CONDITIONS,
    },
  ];
  const statuses = conditions.map((c) => c.status);
  const entitled = statuses.includes('not_met')
    ? 'no'
    : statuses.includes('unknown')
      ? 'needs_review'
      : 'yes';
  const virginia = isVirginia(state);
  const result: FullFaithAndCreditResult = {
    conditions,
    entitled,
    modifyOnlyIn: virginia ? 'Virginia' : state,
    extension: virginia
      ? {
          inVirginia: 'virginia_order',
          text: 'A Virginia order is valid throughout Virginia; another state generally cannot extend a Virginia ex parte order or issue a final order when it expires.',
          citation: C.GUIDE_OOS_MODIFY,
        }
      : {
          inVirginia: false,
          text: renderExplanation(r38, 'extendInIssuingState', { state }),
          citation: C.GUIDE_OOS_MODIFY,
        },
    enforcement: [{ text: t('enforcement'), citation: C.US_FFC_CONDITIONS }],
    needsAttorneyReview: entitled !== 'yes',
    ruleVersions: virginia
      ? [r36.versionId, r38.versionId]
      : [r36, r37, r38].map((r) => r.versionId),
  };
  if (!virginia) {
    result.enforcement.push({
      text: renderExplanation(r37, 'enforcement', {}),
      citation: C.OOS_ENFORCEMENT_VA,
    });
    result.registration = {
      optional: true,
      court: 'any JDR court',
      fee: 0,
      registry: 'VCIN',
      respondentNotifiedOnlyIfRequested: true,
      text: renderExplanation(r37, 'registration', {}),
      citations: [
        C.VA_JUDICIAL_WEBSITE,
        C.OOS_REGISTRATION_FEE,
        C.US_REGISTRATION_NOTICE,
        C.US_FFC_NO_REGISTRATION_NEEDED,
      ],
    };
  }
  if (flag('hasCustodyProvisions') === true) {
    const custody = status(flag('custodyCompliesWithUccjeaAndPkpa'));
    result.custody = {
      status: custody,
      text: 'Custody, visitation and child support provisions are enforceable across state lines; Virginia enforces an out-of-state custody provision that complies with the UCCJA or UCCJEA and the PKPA.',
      citations: [C.US_FFC_CUSTODY, C.US_FFC_CUSTODY_ACTS],
    };
    if (custody !== 'met') {
      result.needsAttorneyReview = true;
    }
  }
  return result;
}

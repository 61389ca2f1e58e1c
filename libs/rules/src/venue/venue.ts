import type { Citation } from '../model/citation';
import { CITATIONS as C } from '../registry/citations';
import type { IsoDate } from '../calendar/types';
import type { ComputeOptions } from '../model/options';
import { ruleOn, ruleSetOf } from '../registry/registry';
import {
  optionalBoolean,
  optionalDate,
  optionalText,
  requireArray,
  requireObject,
  requireText,
} from '../validation/fields';

/** Facts for R17: the localities that can give venue. */
export interface VenueInput {
  petitionerResidence?: string;
  respondentResidence?: string;
  placeOfAbuse?: string;
  /** Localities where an order protecting the petitioner or a family or household member is in effect. */
  existingOrderLocalities?: string[];
  /** The respondent lives in another state: personal-jurisdiction guidance applies. */
  respondentOutOfState?: boolean;
  /** The day of filing: R17's version in force then applies (default the latest). */
  filedOn?: IsoDate;
}

/** Why a locality is a proper venue (R17). */
export type VenueReason =
  'petitioner_residence' | 'respondent_residence' | 'place_of_abuse' | 'existing_order';

/** R17 result (rules-spec §4), with personal-jurisdiction guidance for an out-of-state respondent. */
export interface VenueResult {
  options: Array<{ locality: string; reason: VenueReason; citation: Citation }>;
  guidance: Array<{ text: string; citation: Citation }>;
  /** R17's version applied (rules-spec §1.12). */
  ruleVersion: string;
}

/** R17: where a family-abuse petition may be filed, each locality with its reason. */
export function venue(input: VenueInput, computeOptions?: ComputeOptions): VenueResult {
  const obj = requireObject(input, 'input');
  const rule = ruleOn(
    optionalDate(obj['filedOn'], 'filedOn'),
    ruleSetOf(computeOptions),
  )('VA.FA.VENUE');
  const options: VenueResult['options'] = [];
  const add = (value: unknown, field: string, reason: VenueReason): void => {
    const locality = optionalText(value, field);
    if (locality !== undefined) {
      options.push({ locality, reason, citation: C.FA_VENUE });
    }
  };
  add(obj['petitionerResidence'], 'petitionerResidence', 'petitioner_residence');
  add(obj['respondentResidence'], 'respondentResidence', 'respondent_residence');
  add(obj['placeOfAbuse'], 'placeOfAbuse', 'place_of_abuse');
  if (obj['existingOrderLocalities'] !== undefined) {
    requireArray(obj['existingOrderLocalities'], 'existingOrderLocalities').forEach((l, i) => {
      options.push({
        locality: requireText(l, `existingOrderLocalities[${i}]`),
        reason: 'existing_order',
        citation: C.FA_VENUE,
      });
    });
  }
  const guidance: VenueResult['guidance'] = [];
  if (optionalBoolean(obj['respondentOutOfState'], 'respondentOutOfState') === true) {
    guidance.push({
      text: 'Out-of-state respondent: the court needs personal jurisdiction (a substantial connection to Virginia, an act of abuse that "happened" here, including messages received here, or service while in Virginia); consent is also possible.',
      citation: C.GUIDE_JURISDICTION,
    });
  }
  return { options, guidance, ruleVersion: rule.versionId };
}

import type { Citation } from '../model/citation';
import { CITATIONS as C } from '../registry/citations';
import {
  optionalBoolean,
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
}

/** Why a locality is a proper venue (R17). */
export type VenueReason =
  'petitioner_residence' | 'respondent_residence' | 'place_of_abuse' | 'existing_order';

/** R17 result (rules-spec §4), with personal-jurisdiction guidance for an out-of-state respondent. */
export interface VenueResult {
  options: Array<{ locality: string; reason: VenueReason; citation: Citation }>;
  guidance: Array<{ text: string; citation: Citation }>;
}

/** R17: where a family-abuse petition may be filed, each locality with its reason. */
export function venue(input: VenueInput): VenueResult {
  const obj = requireObject(input, 'input');
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
  return { options, guidance };
}

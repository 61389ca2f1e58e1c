import { ORDER_KINDS } from '../model/order-kind';
import type { PriorConviction, ViolationAct, ViolationFacts } from '../model/violation';
import {
  optionalBoolean,
  optionalText,
  requireArray,
  requireBoolean,
  requireDate,
  requireObject,
  requireOneOf,
} from './fields';

/** Every act a violation can record (R18, R19). */
export const VIOLATION_ACTS: readonly ViolationAct[] = [
  'entered_premises',
  'family_abuse',
  'criminal_offense',
  'contact',
  'furtive_entry_present',
  'furtive_entry_remained',
  'assault_battery_bodily_injury',
  'stalking',
  'knowingly_armed',
  'other_provision',
  'failed_to_report_address_change',
];

function prior(value: unknown, field: string): PriorConviction {
  const obj = requireObject(value, field);
  return {
    convictedOn: requireDate(obj['convictedOn'], `${field}.convictedOn`),
    basedOnActOrThreatOfViolence: requireBoolean(
      obj['basedOnActOrThreatOfViolence'],
      `${field}.basedOnActOrThreatOfViolence`,
    ),
  };
}

/** A validated copy of one violation's facts; refuses bad values naming the field path. */
export function validateViolationFacts(value: unknown, f: string): ViolationFacts {
  const obj = requireObject(value, f);
  const facts: ViolationFacts = {
    orderKind: requireOneOf(obj['orderKind'], ORDER_KINDS, `${f}.orderKind`),
    occurredOn: requireDate(obj['occurredOn'], `${f}.occurredOn`),
    acts: requireArray(obj['acts'], `${f}.acts`).map((a, i) =>
      requireOneOf(a, VIOLATION_ACTS, `${f}.acts[${i}]`),
    ),
    basedOnActOrThreatOfViolence: requireBoolean(
      obj['basedOnActOrThreatOfViolence'],
      `${f}.basedOnActOrThreatOfViolence`,
    ),
    priorConvictions: requireArray(obj['priorConvictions'] ?? [], `${f}.priorConvictions`).map(
      (p, i) => prior(p, `${f}.priorConvictions[${i}]`),
    ),
  };
  const optional = {
    violationId: optionalText(obj['violationId'], `${f}.violationId`),
    orderId: optionalText(obj['orderId'], `${f}.orderId`),
    criminalProsecution: optionalBoolean(obj['criminalProsecution'], `${f}.criminalProsecution`),
    contemptSought: optionalBoolean(obj['contemptSought'], `${f}.contemptSought`),
    reportedToPolice: optionalBoolean(obj['reportedToPolice'], `${f}.reportedToPolice`),
  };
  for (const [key, v] of Object.entries(optional)) {
    if (v !== undefined) {
      (facts as unknown as Record<string, unknown>)[key] = v;
    }
  }
  if (obj['militaryProtectiveOrder'] !== undefined) {
    const mpo = requireObject(obj['militaryProtectiveOrder'], `${f}.militaryProtectiveOrder`);
    const enteredInNcic = optionalBoolean(
      mpo['enteredInNcic'],
      `${f}.militaryProtectiveOrder.enteredInNcic`,
    );
    facts.militaryProtectiveOrder = enteredInNcic === undefined ? {} : { enteredInNcic };
  }
  return facts;
}

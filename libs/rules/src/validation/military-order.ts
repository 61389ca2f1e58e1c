import { MILITARY_COMMANDS, type MilitaryProtectiveOrderFacts } from '../model/military-order';
import { optionalBoolean, requireDate, requireObject, requireOneOf } from './fields';

/** A validated copy of a Military Protective Order's facts (R09a); refuses bad values by path. */
export function validateMilitaryOrder(value: unknown, field: string): MilitaryProtectiveOrderFacts {
  const obj = requireObject(value, field);
  const facts: MilitaryProtectiveOrderFacts = {
    issuingCommand: requireOneOf(
      obj['issuingCommand'],
      MILITARY_COMMANDS,
      `${field}.issuingCommand`,
    ),
    issuedOn: requireDate(obj['issuedOn'], `${field}.issuedOn`),
  };
  const enteredInNcic = optionalBoolean(obj['enteredInNcic'], `${field}.enteredInNcic`);
  if (enteredInNcic !== undefined) {
    facts.enteredInNcic = enteredInNcic;
  }
  return facts;
}

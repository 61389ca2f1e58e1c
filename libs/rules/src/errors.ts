/** Why the rules library refused an input; stable codes the API maps to a 4xx naming `field`. */
export type RulesErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_TIME'
  | 'INVALID_INPUT'
  | 'EXPIRY_BEFORE_ISSUANCE'
  | 'STATED_EXPIRY_EXCEEDS_MAXIMUM'
  | 'STATED_EXPIRY_REQUIRED'
  | 'OUTSIDE_CALENDAR_RANGE'
  | 'UNKNOWN_REFERENCE'
  | 'DUPLICATE_ID';

/**
 * A refused input: names the field that is wrong and, where a statute decides, its citation and the
 * rule version applied (`ruleVersion`, e.g. 'R10@2025-07-01').
 */
export class RulesInputError extends Error {
  constructor(
    readonly code: RulesErrorCode,
    readonly field: string,
    message: string,
    readonly citation?: string,
    readonly ruleVersion?: string,
  ) {
    super(message);
    this.name = 'RulesInputError';
  }
}

import { compareLocalDateTimes, type LocalDateTime } from '../calendar';
import { RulesInputError } from '../errors';
import { whenLong } from '../explain/phrases';
import type { StatedExpiryOverride } from '../model/case-facts';
import type { Citation } from '../model/citation';
import type { PartialDateTime, StatedValueCheck } from '../model/deadline';

// An order that states only a date runs to the end of that day (conventions: end of day = 23:59).
const END_OF_DAY = '23:59';

/** A stated expiry as an instant: a missing time is read as 23:59. */
export function statedInstant(stated: PartialDateTime): LocalDateTime {
  return { date: stated.date, time: stated.time ?? END_OF_DAY };
}

/** A start (issuance, grant) as an instant: a missing time is read as 00:00, the earliest. */
export function startInstant(start: PartialDateTime): LocalDateTime {
  return { date: start.date, time: start.time ?? '00:00' };
}

/** Inputs to check one stated expiry against its statutory maximum. */
export interface StatedExpiryInput {
  stated: PartialDateTime;
  maximum: LocalDateTime;
  start: PartialDateTime;
  citation: Citation;
  field: string;
  override?: StatedExpiryOverride;
  /** The rule version applied ('R10@2025-07-01'), named by a refusal. */
  ruleVersion?: string;
  /** Why the maximum is what it is, when a refusal should say (e.g. a finding not yet in force). */
  reason?: string;
}

function source(citation: string, ruleVersion: string | undefined, reason?: string): string {
  const version = ruleVersion === undefined ? '' : `; rule ${ruleVersion}`;
  return `${citation}${version}${reason === undefined ? '' : `: ${reason}`}`;
}

/**
 * Checks a stated expiry: refuses one before the start (EXPIRY_BEFORE_ISSUANCE) or past the
 * statutory maximum (STATED_EXPIRY_EXCEEDS_MAXIMUM, with the citation and rule version) unless a
 * supervisor override with a reason is recorded (A-10).
 */
export function checkStatedAgainstMaximum(input: StatedExpiryInput): StatedValueCheck {
  const stated = statedInstant(input.stated);
  if (compareLocalDateTimes(stated, startInstant(input.start)) < 0) {
    throw new RulesInputError(
      'EXPIRY_BEFORE_ISSUANCE',
      input.field,
      `The stated expiry ${whenLong(stated)} is before the order was issued (${whenLong(input.start)}).`,
      input.citation.text,
      input.ruleVersion,
    );
  }
  const order = compareLocalDateTimes(stated, input.maximum);
  if (order > 0 && !hasOverride(input.override)) {
    throw new RulesInputError(
      'STATED_EXPIRY_EXCEEDS_MAXIMUM',
      input.field,
      `The stated expiry ${whenLong(stated)} is after the maximum ${whenLong(input.maximum)} (${source(input.citation.text, input.ruleVersion, input.reason)}).`,
      input.citation.text,
      input.ruleVersion,
    );
  }
  return {
    stated,
    maximum: input.maximum,
    status: order === 0 ? 'matches' : order < 0 ? 'earlier' : 'exceeds_maximum',
  };
}

/** Refuses a stated expiry before the start; used where the source sets no maximum. */
export function checkStatedAfterStart(
  stated: PartialDateTime,
  start: PartialDateTime,
  field: string,
  ruleVersion?: string,
): LocalDateTime {
  const instant = statedInstant(stated);
  if (compareLocalDateTimes(instant, startInstant(start)) < 0) {
    throw new RulesInputError(
      'EXPIRY_BEFORE_ISSUANCE',
      field,
      `The stated expiry ${whenLong(instant)} is before the order was issued (${whenLong(start)}).`,
      undefined,
      ruleVersion,
    );
  }
  return instant;
}

function hasOverride(override: StatedExpiryOverride | undefined): boolean {
  return (
    override !== undefined && typeof override.reason === 'string' && override.reason.trim() !== ''
  );
}

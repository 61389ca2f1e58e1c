import { DomainError } from '@api/common/errors/domain-error';

/** How long a correction's reason must be: long enough for a later reader to see why. */
const MIN_REASON_LENGTH = 10;

/**
 * The fields among `fields` that a correction request changes, with their new values (strings
 * trimmed): a field left out of the request, or given as it is stored, changes nothing. Refuses
 * a request that changes nothing at all (400 naming `body`).
 */
export function correctedFields<K extends string, V extends Partial<Record<K, unknown>>>(
  fields: readonly K[],
  request: Partial<Record<K, unknown>>,
  stored: Record<K, unknown>,
): { values: V; changed: K[] } {
  const values: Partial<Record<K, unknown>> = {};
  const changed: K[] = [];
  for (const field of fields) {
    const raw = request[field];
    if (raw === undefined) continue;
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value !== stored[field]) {
      values[field] = value;
      changed.push(field);
    }
  }
  if (changed.length === 0) throw nothingToCorrect();
  return { values: values as V, changed };
}

/**
 * The reason of a correction, trimmed: required (400 naming `reason`) when a changed field is
 * more than a label, since the correction may move a deadline and the audit row must say why.
 */
export function correctionReason(
  changed: readonly string[],
  labelOnly: ReadonlySet<string>,
  reason: string | undefined,
): string | undefined {
  const why = reason?.trim();
  if (changed.some((field) => !labelOnly.has(field))) assertReasonGiven(why);
  return why || undefined;
}

/** Refuses a missing or too short reason, naming `reason`. */
export function assertReasonGiven(reason: string | undefined): void {
  if (!reason || reason.length < MIN_REASON_LENGTH) {
    throw new DomainError(
      'CORRECTION_REASON_REQUIRED',
      'invalid',
      `is required: say in at least ${MIN_REASON_LENGTH} characters why the recorded fact was wrong`,
      'reason',
    );
  }
}

export function nothingToCorrect(): DomainError {
  return new DomainError(
    'NOTHING_TO_CORRECT',
    'invalid',
    'names no field that differs from the record',
    'body',
  );
}

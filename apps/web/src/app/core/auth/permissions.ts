import type { Role } from '@haven/contracts';

// Mirrors the API's role table; the API still decides, this only hides what would be refused.
const CASE_READERS: readonly Role[] = ['advocate', 'supervisor', 'staff'];
const CASE_CREATORS: readonly Role[] = ['advocate', 'supervisor'];
const CONFIDENTIAL_REVEALERS: readonly Role[] = ['advocate', 'supervisor'];
const CONFLICT_OVERRIDERS: readonly Role[] = ['supervisor'];
const CASE_WRITERS: readonly Role[] = ['advocate', 'supervisor'];
const TASK_WRITERS: readonly Role[] = ['advocate', 'supervisor'];

/** Admins run the system and see no case data at all. */
export function canReadCases(role: Role): boolean {
  return CASE_READERS.includes(role);
}

export function canCreateCases(role: Role): boolean {
  return CASE_CREATORS.includes(role);
}

/** Staff read cases for reports but never see confidential fields. */
export function canRevealConfidential(role: Role): boolean {
  return CONFIDENTIAL_REVEALERS.includes(role);
}

/** Only a supervisor may open a case despite conflict-check hits. */
export function canOverrideConflicts(role: Role): boolean {
  return CONFLICT_OVERRIDERS.includes(role);
}

/** Placing or lifting a legal hold, which stops a closed case's retention purge (D6). */
export function canPlaceLegalHold(role: Role): boolean {
  return CONFLICT_OVERRIDERS.includes(role);
}

/** Recording petitions, orders, service, hearings, violations and notes (`case:write`). */
export function canWriteCases(role: Role): boolean {
  return CASE_WRITERS.includes(role);
}

/** Completing tasks (`task:write`); staff only read. */
export function canCompleteTasks(role: Role): boolean {
  return TASK_WRITERS.includes(role);
}

/** A stated expiry beyond the statutory maximum needs a supervisor's recorded reason. */
export function canOverrideStatedExpiry(role: Role): boolean {
  return CONFLICT_OVERRIDERS.includes(role);
}

/** Changing who works a case (`case:assign`) is a supervisor's. */
export function canAssignCases(role: Role): boolean {
  return CONFLICT_OVERRIDERS.includes(role);
}

import type { HearingKind, HeldHearingOutcome } from '@haven/contracts';

/** Every hearing kind; the Record makes the compiler refuse a kind left out. */
export const HEARING_KINDS = Object.keys({
  ppo_full_hearing: true,
  final_trial: true,
  extension: true,
  sro_final: true,
} satisfies Record<HearingKind, true>) as HearingKind[];

/** Outcomes recorded through /outcome; `continued` goes through /continuance, which reschedules. */
export const HELD_HEARING_OUTCOMES = Object.keys({
  granted: true,
  denied: true,
  respondent_not_served: true,
  petitioner_absent: true,
  ppo_reissued: true,
} satisfies Record<HeldHearingOutcome, true>) as HeldHearingOutcome[];

/** 'HH:MM', 24-hour. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

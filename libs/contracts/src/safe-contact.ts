import type { AdvocateRef } from './cases';

/** How the client may receive post (issue 19). */
export type MailInstruction =
  /** Post to the client's home address is safe. */
  | 'home_ok'
  /** Nothing may be posted to the home (the respondent may live there or read the post). */
  | 'no_mail_at_home'
  /** Post only to the recorded safe address (a shelter, a friend); that address is sealed. */
  | 'safe_address_only'
  /** No post at all. */
  | 'no_mail';

/** Every mail instruction, in the order a form lists them. */
export const MAIL_INSTRUCTIONS: readonly MailInstruction[] = [
  'home_ok',
  'no_mail_at_home',
  'safe_address_only',
  'no_mail',
];

/** How the client may be phoned. */
export type PhoneInstruction = 'voicemail_ok' | 'no_voicemail' | 'no_calls';

/** Every phone instruction, in the order a form lists them. */
export const PHONE_INSTRUCTIONS: readonly PhoneInstruction[] = [
  'voicemail_ok',
  'no_voicemail',
  'no_calls',
];

/** How a client letter reaches the client. */
export type LetterChannel =
  /** Posted to the client's home address (the sealed client address). */
  | 'mail_home'
  /** Posted to the safe address of the safe-contact instructions. */
  | 'mail_safe_address'
  /** Handed to the client in person (no envelope, no address block). */
  | 'in_person';

/** Every letter channel. */
export const LETTER_CHANNELS: readonly LetterChannel[] = [
  'mail_home',
  'mail_safe_address',
  'in_person',
];

/**
 * PUT /api/cases/:caseId/safe-contact body. With `mail` 'safe_address_only' a safe address must be
 * given or already stored (else 400 naming `safeAddress`); with any other choice it may still be
 * kept. Omit `safeAddress` / `note` to keep the stored sealed value; send null to clear it.
 */
export interface SafeContactInstructionsRequest {
  mail: MailInstruction;
  phone: PhoneInstruction;
  /** Sealed at rest; up to 500 characters, several lines allowed. */
  safeAddress?: string | null;
  /** Free text, sealed at rest; up to 1000 characters. */
  note?: string | null;
}

/**
 * GET/PUT /api/cases/:caseId/safe-contact answer. The sealed values (safe address, note) are never
 * in it: only whether they are recorded. `recorded` false means no instructions yet, and then no
 * letter may be posted (allowedChannels is ['in_person']).
 */
export interface SafeContactInstructionsResponse {
  recorded: boolean;
  mail: MailInstruction | null;
  phone: PhoneInstruction | null;
  hasSafeAddress: boolean;
  hasNote: boolean;
  /** The channels a client letter may use under these instructions. */
  allowedChannels: LetterChannel[];
  updatedAt: string | null;
  updatedBy: AdvocateRef | null;
}

/** POST /api/cases/:caseId/safe-contact/reveal body: why the sealed values are needed (audited). */
export interface SafeContactRevealRequest {
  reason: string;
}

/** The sealed values of the instructions, released by an audited reveal. */
export interface SafeContactRevealResponse {
  safeAddress: string | null;
  note: string | null;
}

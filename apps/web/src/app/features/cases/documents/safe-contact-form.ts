import type {
  MailInstruction,
  PhoneInstruction,
  SafeContactInstructionsRequest,
} from '@haven/contracts';

/** The safe-contact dialog's values. */
export interface SafeContactFormValue {
  mail: MailInstruction | null;
  phone: PhoneInstruction | null;
  /** A new safe address; empty keeps the stored one. */
  safeAddress: string;
  clearSafeAddress: boolean;
  /** A new note; empty keeps the stored one. */
  note: string;
  clearNote: boolean;
}

/**
 * "Mail only to a safe address" needs an address to post to: one typed now, or one already stored
 * and not being removed. The API refuses the same (400 `safeAddress`).
 */
export function safeAddressMissing(v: SafeContactFormValue, hasStoredAddress: boolean): boolean {
  if (v.mail !== 'safe_address_only' || v.safeAddress.trim() !== '') {
    return false;
  }
  return !hasStoredAddress || v.clearSafeAddress;
}

/**
 * The PUT body: sealed values are sent only when typed (a new value) or removed (null); left
 * empty they are omitted, and the API keeps what it stores.
 */
export function safeContactRequest(v: SafeContactFormValue): SafeContactInstructionsRequest {
  if (v.mail === null || v.phone === null) {
    throw new Error('mail and phone are required before sending');
  }
  const address = v.safeAddress.trim();
  const note = v.note.trim();
  return {
    mail: v.mail,
    phone: v.phone,
    ...(address !== ''
      ? { safeAddress: address }
      : v.clearSafeAddress
        ? { safeAddress: null }
        : {}),
    ...(note !== '' ? { note } : v.clearNote ? { note: null } : {}),
  };
}

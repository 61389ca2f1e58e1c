import type { SafeContactInstructionsResponse } from '@haven/contracts';

import { allowedChannels } from '../letter-channels';
import type { SafeContactView } from '../safe-contact.repository';

/** Allow-list of the instructions: the choices and flags, never a sealed value. */
export function toSafeContactResponse(
  view: SafeContactView | null,
): SafeContactInstructionsResponse {
  if (!view) {
    return {
      recorded: false,
      mail: null,
      phone: null,
      hasSafeAddress: false,
      hasNote: false,
      allowedChannels: allowedChannels({ mail: null, hasSafeAddress: false }),
      updatedAt: null,
      updatedBy: null,
    };
  }
  return {
    recorded: true,
    mail: view.mail,
    phone: view.phone,
    hasSafeAddress: view.hasSafeAddress,
    hasNote: view.hasNote,
    allowedChannels: allowedChannels(view),
    updatedAt: view.updatedAt.toISOString(),
    updatedBy: view.updatedById
      ? { id: view.updatedById, displayName: view.updatedByName ?? '' }
      : null,
  };
}

import type { LetterChannel, MailInstruction } from '@haven/contracts';

/** What the letter check reads of the instructions: the mail choice and whether a safe address is kept. */
export interface MailStanding {
  mail: MailInstruction | null;
  hasSafeAddress: boolean;
}

/**
 * The channels a client letter may use. With no instructions recorded nothing is posted: a letter
 * at the wrong address can put a survivor in danger, so silence is read as "do not post".
 */
export function allowedChannels(standing: MailStanding): LetterChannel[] {
  const safe: LetterChannel[] = standing.hasSafeAddress ? ['mail_safe_address'] : [];
  switch (standing.mail) {
    case 'home_ok':
      return ['mail_home', ...safe, 'in_person'];
    case 'no_mail_at_home':
      return [...safe, 'in_person'];
    case 'safe_address_only':
      return ['mail_safe_address', 'in_person'];
    case 'no_mail':
    case null:
      return ['in_person'];
  }
}

/** Why `channel` is refused, in words an advocate can act on; null when it is allowed. */
export function channelRefusal(standing: MailStanding, channel: LetterChannel): string | null {
  if (allowedChannels(standing).includes(channel)) return null;
  switch (standing.mail) {
    case null:
      return 'No safe-contact instructions are recorded for this client, so nothing may be posted.';
    case 'no_mail':
      return 'The client asked for no mail.';
    case 'no_mail_at_home':
      return channel === 'mail_home'
        ? 'The client asked for no mail at home.'
        : 'No safe address is recorded for this client.';
    case 'safe_address_only':
      return 'The client asked for mail only to the safe address.';
    case 'home_ok':
      return 'No safe address is recorded for this client.';
  }
}

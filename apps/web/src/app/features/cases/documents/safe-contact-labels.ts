import type {
  ClientLetterKind,
  LetterChannel,
  LetterLanguage,
  MailInstruction,
  PhoneInstruction,
} from '@haven/contracts';

/** The mail choices as a form lists them. */
export const MAIL_LABELS: Readonly<Record<MailInstruction, string>> = {
  home_ok: 'Mail at home is fine',
  no_mail_at_home: 'No mail at home',
  safe_address_only: 'Mail only to a safe address',
  no_mail: 'No mail at all',
};

/** The phone choices as a form lists them. */
export const PHONE_LABELS: Readonly<Record<PhoneInstruction, string>> = {
  voicemail_ok: 'Voicemail is fine',
  no_voicemail: 'Calls, but no voicemail',
  no_calls: 'No calls',
};

/** How a letter reaches the client. */
export const CHANNEL_LABELS: Readonly<Record<LetterChannel, string>> = {
  mail_home: 'Post to the home address',
  mail_safe_address: 'Post to the safe address',
  in_person: 'Hand it over in person',
};

/** The client letters, by what they tell the client. */
export const LETTER_LABELS: Readonly<Record<ClientLetterKind, string>> = {
  hearing: 'Your hearing is on …',
  order_expiry: 'Your order expires on … and what we will do',
  order_extended: 'Your order was extended until …',
};

/** Each language named in itself, with its English name for the advocate. */
export const LANGUAGE_LABELS: Readonly<Record<LetterLanguage, { own: string; english: string }>> = {
  en: { own: 'English', english: 'English' },
  es: { own: 'Español', english: 'Spanish' },
};

/** "Post to the safe address or hand it over in person": the channels in one phrase. */
export function channelsPhrase(channels: readonly LetterChannel[]): string {
  const words = channels.map((c, i) => {
    const label = CHANNEL_LABELS[c];
    return i === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1);
  });
  if (words.length <= 1) {
    return words[0] ?? 'none';
  }
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

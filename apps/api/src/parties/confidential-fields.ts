import type { ClientEntity } from './client.entity';
import type { RespondentEntity } from './respondent.entity';

/** Confidential fields of a client, and the column each is sealed in. */
export const CLIENT_SECRET_COLUMNS = {
  address: 'addressEnc',
  phone: 'phoneEnc',
  email: 'emailEnc',
  employer: 'employerEnc',
  safeContact: 'safeContactEnc',
} as const satisfies Record<string, keyof ClientEntity>;

/** Confidential fields of a respondent, and the column each is sealed in. */
export const RESPONDENT_SECRET_COLUMNS = {
  address: 'addressEnc',
  description: 'descriptionEnc',
} as const satisfies Record<string, keyof RespondentEntity>;

export type ClientSecretField = keyof typeof CLIENT_SECRET_COLUMNS;
export type RespondentSecretField = keyof typeof RESPONDENT_SECRET_COLUMNS;
export type ClientSecretColumn = (typeof CLIENT_SECRET_COLUMNS)[ClientSecretField];
export type RespondentSecretColumn = (typeof RESPONDENT_SECRET_COLUMNS)[RespondentSecretField];

/**
 * The encryption context binds a ciphertext to its row and column, so a value copied elsewhere in
 * the database does not decrypt.
 */
export function secretContext(party: 'client' | 'respondent', id: string, field: string): string {
  return `${party}:${id}:${field}`;
}

import { secretContext } from '@api/parties/confidential-fields';

/** One sealed column and the associated data its values were sealed with (row and column). */
export interface SealedColumn {
  column: string;
  context: (id: string) => string;
}

/** A blind index recomputed from the plaintext of one of its table's sealed columns. */
export interface BlindIndexColumn {
  column: string;
  kind: 'phone' | 'email';
  from: string;
}

/** A table holding sealed values, keyed by a uuid column (the rotation's cursor). */
export interface SealedTable {
  table: string;
  /** The uuid primary key the contexts are built from; `id` unless said. */
  key?: string;
  columns: SealedColumn[];
  blindIndexes: BlindIndexColumn[];
}

/**
 * Every column that holds a `v1:<keyId>:…` envelope, with the context its feature seals it under.
 * The rotation refuses to call itself finished while any `*_enc` or `*_sealed` column outside this list holds a
 * value under another key (sealedColumnsOutsideRegistry), so a new sealed column cannot be
 * forgotten silently.
 */
export const SEALED_TABLES: readonly SealedTable[] = [
  {
    table: 'client',
    columns: [
      { column: 'address_enc', context: (id) => secretContext('client', id, 'address') },
      { column: 'phone_enc', context: (id) => secretContext('client', id, 'phone') },
      { column: 'email_enc', context: (id) => secretContext('client', id, 'email') },
      { column: 'employer_enc', context: (id) => secretContext('client', id, 'employer') },
      { column: 'safe_contact_enc', context: (id) => secretContext('client', id, 'safeContact') },
    ],
    blindIndexes: [
      { column: 'phone_index', kind: 'phone', from: 'phone_enc' },
      { column: 'email_index', kind: 'email', from: 'email_enc' },
    ],
  },
  {
    table: 'respondent',
    columns: [
      { column: 'address_enc', context: (id) => secretContext('respondent', id, 'address') },
      {
        column: 'description_enc',
        context: (id) => secretContext('respondent', id, 'description'),
      },
    ],
    blindIndexes: [],
  },
  {
    table: 'case_note',
    columns: [{ column: 'body_enc', context: (id) => `case_note:${id}:body` }],
    blindIndexes: [],
  },
  {
    table: 'service_attempt',
    columns: [{ column: 'notes_enc', context: (id) => `service_attempt:${id}:notes` }],
    blindIndexes: [],
  },
  {
    table: 'violation',
    columns: [{ column: 'narrative_enc', context: (id) => `violation:${id}:narrative` }],
    blindIndexes: [],
  },
  {
    table: 'respondent_move',
    columns: [{ column: 'new_address_enc', context: (id) => `respondent_move:${id}:new_address` }],
    blindIndexes: [],
  },
  {
    table: 'client_safe_contact',
    key: 'client_id',
    columns: [
      { column: 'safe_address_enc', context: (id) => `client_safe_contact:${id}:safe_address` },
      { column: 'note_enc', context: (id) => `client_safe_contact:${id}:note` },
    ],
    blindIndexes: [],
  },
  {
    table: 'case_document',
    columns: [{ column: 'content_enc', context: (id) => `case_document:${id}:content` }],
    blindIndexes: [],
  },
  {
    table: 'user_mfa',
    key: 'user_id',
    columns: [{ column: 'secret_sealed', context: (userId) => `user_mfa.secret:${userId}` }],
    blindIndexes: [],
  },
];

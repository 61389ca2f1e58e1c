import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { MailInstruction, PhoneInstruction } from '@haven/contracts';

import { FieldCipher } from '@api/crypto/field-cipher';

import { ClientSafeContactEntity } from './client-safe-contact.entity';

/** The instructions as shown: choices and whether the sealed values are kept, never the values. */
export interface SafeContactView {
  clientId: string;
  mail: MailInstruction;
  phone: PhoneInstruction;
  hasSafeAddress: boolean;
  hasNote: boolean;
  updatedAt: Date;
  updatedById: string | null;
  updatedByName: string | null;
}

/** A sealed value to write: a new plaintext, null to clear, or undefined to keep the stored one. */
export type SealedChange = string | null | undefined;

/** The encryption context binds a value to its row and column (security-checks D1). */
export function safeContactContext(clientId: string, field: 'safe_address' | 'note'): string {
  return `client_safe_contact:${clientId}:${field}`;
}

/** The only code that touches `client_safe_contact`, and the only opener of its sealed columns. */
@Injectable()
export class SafeContactRepository {
  constructor(private readonly cipher: FieldCipher) {}

  async getViewOrNull(
    manager: EntityManager,
    organisationId: string,
    clientId: string,
  ): Promise<SafeContactView | null> {
    const rows = (await manager.query(
      `select s.client_id as "clientId", s.mail, s.phone,
              s.safe_address_enc is not null as "hasSafeAddress", s.note_enc is not null as "hasNote",
              s.updated_at as "updatedAt", s.updated_by as "updatedById", u.display_name as "updatedByName"
         from client_safe_contact s
         left join app_user u on u.id = s.updated_by
        where s.organisation_id = $1 and s.client_id = $2`,
      [organisationId, clientId],
    )) as SafeContactView[];
    return rows[0] ?? null;
  }

  /** Inserts or replaces the choices; sealed values change only when given (null clears). */
  async save(
    manager: EntityManager,
    row: {
      organisationId: string;
      clientId: string;
      mail: MailInstruction;
      phone: PhoneInstruction;
      updatedBy: string;
      updatedAt: Date;
    },
    safeAddress: SealedChange,
    note: SealedChange,
  ): Promise<void> {
    const seal = (value: SealedChange, field: 'safe_address' | 'note') =>
      value === undefined || value === null
        ? value
        : this.cipher.encrypt(value, safeContactContext(row.clientId, field));
    const address = seal(safeAddress, 'safe_address');
    const noteEnc = seal(note, 'note');
    // $6/$8: whether the sealed value was given at all; when not, the stored one is kept. The
    // inserted row carries the stored value too: PostgreSQL checks a CHECK constraint (a safe
    // address whenever mail goes only there) on it before it finds the conflict.
    await manager.query(
      `insert into client_safe_contact
              (client_id, organisation_id, mail, phone, safe_address_enc, note_enc, updated_by, updated_at)
       values ($1, $2, $3, $4,
               case when $6 then $5::text else (select s.safe_address_enc from client_safe_contact s
                                                 where s.client_id = $1 and s.organisation_id = $2) end,
               case when $8 then $7::text else (select s.note_enc from client_safe_contact s
                                                 where s.client_id = $1 and s.organisation_id = $2) end,
               $9, $10)
       on conflict (client_id) do update set
              mail = excluded.mail, phone = excluded.phone,
              safe_address_enc = case when $6 then excluded.safe_address_enc
                                      else client_safe_contact.safe_address_enc end,
              note_enc = case when $8 then excluded.note_enc else client_safe_contact.note_enc end,
              updated_by = excluded.updated_by, updated_at = excluded.updated_at
        where client_safe_contact.organisation_id = excluded.organisation_id`,
      [
        row.clientId,
        row.organisationId,
        row.mail,
        row.phone,
        address ?? null,
        safeAddress !== undefined,
        noteEnc ?? null,
        note !== undefined,
        row.updatedBy,
        row.updatedAt,
      ],
    );
  }

  /** Opens the safe address and note, for an audited reveal or a letter that asks for the address. */
  async openSealed(
    manager: EntityManager,
    organisationId: string,
    clientId: string,
  ): Promise<{ safeAddress: string | null; note: string | null }> {
    const found = await manager.getRepository(ClientSafeContactEntity).findOne({
      where: { organisationId, clientId },
      select: { clientId: true, safeAddressEnc: true, noteEnc: true },
    });
    const open = (value: string | null | undefined, field: 'safe_address' | 'note') =>
      value ? this.cipher.openOrNull(value, safeContactContext(clientId, field)) : null;
    return {
      safeAddress: open(found?.safeAddressEnc, 'safe_address'),
      note: open(found?.noteEnc, 'note'),
    };
  }
}

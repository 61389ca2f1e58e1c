import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type {
  ClientInput,
  CorrectClientRequest,
  CorrectRespondentRequest,
  RespondentInput,
} from '@haven/contracts';

import { BlindIndex } from '@api/crypto/blind-index';
import { FieldCipher } from '@api/crypto/field-cipher';

import type { ClientEntity } from './client.entity';
import {
  CLIENT_SECRET_COLUMNS,
  RESPONDENT_SECRET_COLUMNS,
  secretContext,
} from './confidential-fields';
import type { RespondentEntity } from './respondent.entity';
import { nameKey } from './name-key';
import { PartiesRepository } from './parties.repository';

/**
 * Writes a case's parties with their contact details sealed (AES-256-GCM, bound to row and column)
 * and keyed blind indexes for phone and e-mail; plaintext never reaches the database.
 */
@Injectable()
export class PartyRecordsService {
  constructor(
    private readonly parties: PartiesRepository,
    private readonly cipher: FieldCipher,
    private readonly index: BlindIndex,
  ) {}

  async insertClient(
    manager: EntityManager,
    organisationId: string,
    client: ClientInput,
  ): Promise<string> {
    const id = randomUUID();
    const seal = this.sealer('client', id);
    await this.parties.insertClient(manager, {
      id,
      organisationId,
      fullName: client.fullName.trim(),
      nameKey: nameKey(client.fullName),
      dateOfBirth: client.dateOfBirth ?? null,
      aliases: client.aliases ?? [],
      aliasKeys: (client.aliases ?? []).map(nameKey),
      addressEnc: seal('address', client.address),
      phoneEnc: seal('phone', client.phone),
      emailEnc: seal('email', client.email),
      employerEnc: seal('employer', client.employer),
      safeContactEnc: client.safeContact
        ? seal('safeContact', JSON.stringify(client.safeContact))
        : null,
      phoneIndex: client.phone ? this.index.of(organisationId, 'phone', client.phone) : null,
      emailIndex: client.email ? this.index.of(organisationId, 'email', client.email) : null,
    });
    return id;
  }

  async insertRespondent(
    manager: EntityManager,
    organisationId: string,
    respondent: RespondentInput,
  ): Promise<string> {
    const id = randomUUID();
    const seal = this.sealer('respondent', id);
    await this.parties.insertRespondent(manager, {
      id,
      organisationId,
      fullName: respondent.fullName.trim(),
      nameKey: nameKey(respondent.fullName),
      dateOfBirth: respondent.dateOfBirth ?? null,
      aliases: respondent.aliases ?? [],
      aliasKeys: (respondent.aliases ?? []).map(nameKey),
      addressEnc: seal('address', respondent.address),
      descriptionEnc: seal('description', respondent.description),
      knownFirearms: respondent.knownFirearms ?? false,
      outOfStateAddress: respondent.outOfStateAddress ?? false,
    });
    return id;
  }

  /**
   * Applies a client correction: plain fields by value, sealed fields sealed again (null clears).
   * Returns the fields that changed and, apart, the confidential ones written (never their values).
   */
  async correctClient(
    manager: EntityManager,
    organisationId: string,
    current: ClientEntity,
    patch: CorrectClientRequest,
  ): Promise<PartyCorrection> {
    const seal = this.sealer('client', current.id);
    const values: Partial<ClientEntity> = {};
    const changed = identityChanges(current, patch, values);
    const confidential: string[] = [];
    for (const field of Object.keys(CLIENT_SECRET_COLUMNS) as Array<
      keyof typeof CLIENT_SECRET_COLUMNS
    >) {
      const value = patch[field];
      if (value === undefined) continue;
      const plain = value === null || typeof value === 'string' ? value : JSON.stringify(value);
      values[CLIENT_SECRET_COLUMNS[field]] = seal(field, plain);
      confidential.push(field);
    }
    if (patch.phone !== undefined) {
      values.phoneIndex = patch.phone ? this.index.of(organisationId, 'phone', patch.phone) : null;
    }
    if (patch.email !== undefined) {
      values.emailIndex = patch.email ? this.index.of(organisationId, 'email', patch.email) : null;
    }
    await this.parties.updateClient(manager, organisationId, current.id, values);
    return { changed, confidential };
  }

  /** As correctClient, for the respondent; `knownFirearms` is reported as a plain change. */
  async correctRespondent(
    manager: EntityManager,
    organisationId: string,
    current: RespondentEntity,
    patch: CorrectRespondentRequest,
  ): Promise<PartyCorrection> {
    const seal = this.sealer('respondent', current.id);
    const values: Partial<RespondentEntity> = {};
    const changed = identityChanges(current, patch, values);
    for (const field of ['knownFirearms', 'outOfStateAddress'] as const) {
      const value = patch[field];
      if (value !== undefined && value !== current[field]) {
        values[field] = value;
        changed.push(field);
      }
    }
    const confidential: string[] = [];
    for (const field of Object.keys(RESPONDENT_SECRET_COLUMNS) as Array<
      keyof typeof RESPONDENT_SECRET_COLUMNS
    >) {
      const value = patch[field];
      if (value === undefined) continue;
      values[RESPONDENT_SECRET_COLUMNS[field]] = seal(field, value);
      confidential.push(field);
    }
    await this.parties.updateRespondent(manager, organisationId, current.id, values);
    return { changed, confidential };
  }

  private sealer(
    party: 'client' | 'respondent',
    id: string,
  ): (field: string, value: string | null | undefined) => string | null {
    // An optional field may come as null (class-validator's IsOptional lets it through): nothing to seal.
    return (field, value) =>
      value === undefined || value === null || value.trim() === ''
        ? null
        : this.cipher.encrypt(value, secretContext(party, id, field));
  }
}

/** What a party correction wrote: plain fields changed, and confidential fields written. */
export interface PartyCorrection {
  changed: string[];
  confidential: string[];
}

type Identity = Pick<
  ClientEntity,
  'fullName' | 'nameKey' | 'dateOfBirth' | 'aliases' | 'aliasKeys'
>;

function identityChanges(
  current: Identity,
  patch: { fullName?: string; dateOfBirth?: string | null; aliases?: string[] },
  values: Partial<Identity>,
): string[] {
  const changed: string[] = [];
  if (patch.fullName !== undefined && patch.fullName.trim() !== current.fullName) {
    values.fullName = patch.fullName.trim();
    values.nameKey = nameKey(patch.fullName);
    changed.push('fullName');
  }
  if (patch.dateOfBirth !== undefined && patch.dateOfBirth !== current.dateOfBirth) {
    values.dateOfBirth = patch.dateOfBirth;
    changed.push('dateOfBirth');
  }
  if (patch.aliases !== undefined && patch.aliases.join('\n') !== current.aliases.join('\n')) {
    values.aliases = patch.aliases;
    values.aliasKeys = patch.aliases.map(nameKey);
    changed.push('aliases');
  }
  return changed;
}

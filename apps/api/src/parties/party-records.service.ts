import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ClientInput, RespondentInput } from '@haven/contracts';

import { BlindIndex } from '@api/crypto/blind-index';
import { FieldCipher } from '@api/crypto/field-cipher';

import { secretContext } from './confidential-fields';
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

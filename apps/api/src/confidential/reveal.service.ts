import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { RevealResponse, SafeContactPreferences } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import type { CaseEntity } from '@api/case-files/case.entity';
import { DomainError } from '@api/common/errors/domain-error';
import { FieldCipher } from '@api/crypto/field-cipher';
import {
  CLIENT_SECRET_COLUMNS,
  RESPONDENT_SECRET_COLUMNS,
  secretContext,
  type ClientSecretField,
  type RespondentSecretField,
} from '@api/parties/confidential-fields';
import { PartiesRepository } from '@api/parties/parties.repository';

import type { RevealDto } from './dto/reveal.dto';

/**
 * Releases one confidential field to a permitted user who gives a reason. The audit row commits in
 * the same transaction as the read, so if the audit cannot be written nothing is released
 * (security-checks A6, F4).
 */
@Injectable()
export class RevealService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly parties: PartiesRepository,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
  ) {}

  async reveal(actor: Actor, caseId: string, dto: RevealDto): Promise<RevealResponse> {
    const sealed = await this.dataSource
      .transaction(async (manager) => {
        const caseRow = await this.access.getVisible(actor, caseId, manager);
        const { partyId, value } = await this.readSealed(manager, caseRow, dto);
        await this.audit.record(
          {
            action: 'reveal',
            organisationId: actor.organisationId,
            actorUserId: actor.userId,
            targetType: `${dto.party}.${dto.field}`,
            targetId: partyId,
            reason: dto.reason,
            details: { caseId },
          },
          manager,
        );
        return { partyId, value };
      })
      .catch((err: unknown) => {
        if (err instanceof DomainError) throw err;
        throw new DomainError(
          'REVEAL_UNAVAILABLE',
          'unavailable',
          'The value cannot be released right now.',
          undefined,
          { cause: err },
        );
      });
    return this.open(dto, sealed.partyId, sealed.value);
  }

  private async readSealed(
    manager: EntityManager,
    caseRow: CaseEntity,
    dto: RevealDto,
  ): Promise<{ partyId: string; value: string | null }> {
    if (dto.party === 'client') {
      if (!(dto.field in CLIENT_SECRET_COLUMNS)) throw invalidField();
      const column = CLIENT_SECRET_COLUMNS[dto.field as ClientSecretField];
      return {
        partyId: caseRow.clientId,
        value: await this.parties.getClientSecret(
          manager,
          caseRow.organisationId,
          caseRow.clientId,
          column,
        ),
      };
    }
    if (!(dto.field in RESPONDENT_SECRET_COLUMNS)) throw invalidField();
    const column = RESPONDENT_SECRET_COLUMNS[dto.field as RespondentSecretField];
    return {
      partyId: caseRow.respondentId,
      value: await this.parties.getRespondentSecret(
        manager,
        caseRow.organisationId,
        caseRow.respondentId,
        column,
      ),
    };
  }

  private open(dto: RevealDto, partyId: string, sealed: string | null): RevealResponse {
    const base = { party: dto.party, field: dto.field };
    if (sealed === null) return { ...base, status: 'empty', value: null };
    const plain = this.cipher.openOrNull(sealed, secretContext(dto.party, partyId, dto.field));
    if (plain === null) return { ...base, status: 'unavailable', value: null };
    const value: string | SafeContactPreferences =
      dto.field === 'safeContact' ? (JSON.parse(plain) as SafeContactPreferences) : plain;
    return { ...base, status: 'revealed', value };
  }
}

function invalidField(): DomainError {
  return new DomainError(
    'FIELD_NOT_CONFIDENTIAL',
    'invalid',
    'is not a confidential field of that party',
    'field',
  );
}

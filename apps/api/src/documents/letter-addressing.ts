import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { LetterChannel, LetterLanguage } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import type { CaseEntity } from '@api/case-files/case.entity';
import { DomainError } from '@api/common/errors/domain-error';
import { FieldCipher } from '@api/crypto/field-cipher';
import { secretContext } from '@api/parties/confidential-fields';
import { PartiesRepository } from '@api/parties/parties.repository';
import { allowedChannels, channelRefusal } from '@api/safe-contact/letter-channels';
import { SafeContactService } from '@api/safe-contact/safe-contact.service';

import type { ClientLetterDto } from './dto/generate-document.dto';

/** The letter may go: its address block, and whether a sealed address is in it. */
export interface LetterAddress {
  refused: null;
  addressBlock: string;
  includesConfidential: boolean;
}

/** The instructions forbid the channel: why, and what they allow. */
export interface LetterRefusal {
  refused: { reason: string; channel: LetterChannel; allowedChannels: LetterChannel[] };
}

// Without the advocate asking for the address, a posted letter's block holds a line to fill in.
const WRITE_BY_HAND: Record<LetterLanguage, string> = {
  en: '[Write the address by hand]',
  es: '[Escriba la dirección a mano]',
};

/**
 * The safe-contact check before any client letter (issue 19), and the address block: the client's
 * instructions decide which channels a letter may use; a refusal is audited in the caller's
 * transaction. A sealed address goes into a letter only when the advocate asks, with a reason,
 * as an audited reveal.
 */
@Injectable()
export class LetterAddressing {
  constructor(
    private readonly safeContact: SafeContactService,
    private readonly parties: PartiesRepository,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
  ) {}

  async address(
    manager: EntityManager,
    actor: Actor,
    caseRow: CaseEntity,
    dto: ClientLetterDto,
  ): Promise<LetterAddress | LetterRefusal> {
    const orgId = actor.organisationId;
    const view = await this.safeContact.standing(manager, orgId, caseRow.clientId);
    const standing = { mail: view?.mail ?? null, hasSafeAddress: view?.hasSafeAddress ?? false };
    const reason = channelRefusal(standing, dto.channel);
    if (reason !== null) {
      await this.audit.record(
        {
          action: 'letter_refused',
          organisationId: orgId,
          actorUserId: actor.userId,
          targetType: 'case',
          targetId: caseRow.id,
          reason,
          details: { letter: dto.letter, language: dto.language, channel: dto.channel },
        },
        manager,
      );
      return {
        refused: { reason, channel: dto.channel, allowedChannels: allowedChannels(standing) },
      };
    }
    if (dto.channel === 'in_person') {
      return { refused: null, addressBlock: '', includesConfidential: false };
    }
    if (dto.includeAddress !== true) {
      return {
        refused: null,
        addressBlock: WRITE_BY_HAND[dto.language],
        includesConfidential: false,
      };
    }
    const address =
      dto.channel === 'mail_home'
        ? await this.clientAddress(manager, orgId, caseRow.clientId)
        : (await this.safeContact.openSealed(manager, orgId, caseRow.clientId)).safeAddress;
    if (!address) {
      throw new DomainError(
        'ADDRESS_NOT_RECORDED',
        'conflict',
        'No address is recorded (or it cannot be opened) for this channel.',
        'includeAddress',
      );
    }
    await this.audit.record(
      {
        action: 'reveal',
        organisationId: orgId,
        actorUserId: actor.userId,
        targetType:
          dto.channel === 'mail_home' ? 'client.address' : 'client_safe_contact.safeAddress',
        targetId: caseRow.clientId,
        reason: dto.revealReason,
        details: { caseId: caseRow.id, purpose: 'client_letter' },
      },
      manager,
    );
    return { refused: null, addressBlock: address, includesConfidential: true };
  }

  private async clientAddress(
    manager: EntityManager,
    organisationId: string,
    clientId: string,
  ): Promise<string | null> {
    const sealed = await this.parties.getClientSecret(
      manager,
      organisationId,
      clientId,
      'addressEnc',
    );
    return sealed === null
      ? null
      : this.cipher.openOrNull(sealed, secretContext('client', clientId, 'address'));
  }
}

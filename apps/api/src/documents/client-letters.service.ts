import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { TemplateKey } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { DomainError } from '@api/common/errors/domain-error';
import { roleHasPermission } from '@api/common/permissions';

import { formatLetterDate } from './document-dates';
import { letterCourtName, letterData } from './document-data';
import { DocumentMaker, type GeneratedDocument } from './document-maker';
import { DocumentSourceReader } from './document-source.reader';
import type { ClientLetterDto } from './dto/generate-document.dto';
import { LetterAddressing, type LetterRefusal } from './letter-addressing';

type LetterOutcome =
  | { refused: LetterRefusal['refused']; document: null }
  | { refused: null; document: GeneratedDocument };

/**
 * Client letters in English and Spanish (issue 19), each checked against the client's safe-contact
 * instructions first: a letter whose channel they forbid is refused, nothing is generated or kept,
 * and the refusal is audited. The respondent's name is in a letter only when the advocate asks.
 */
@Injectable()
export class ClientLettersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly sources: DocumentSourceReader,
    private readonly addressing: LetterAddressing,
    private readonly maker: DocumentMaker,
  ) {}

  async generate(actor: Actor, caseId: string, dto: ClientLetterDto): Promise<GeneratedDocument> {
    if (dto.includeAddress === true && dto.channel === 'in_person') {
      throw new DomainError(
        'ADDRESS_NOT_NEEDED',
        'invalid',
        'must be false for a letter handed over in person',
        'includeAddress',
      );
    }
    if (dto.includeAddress === true && !roleHasPermission(actor.role, 'case:reveal_confidential')) {
      throw new DomainError('FORBIDDEN', 'forbidden', 'Revealing an address is not permitted.');
    }
    const outcome = await this.dataSource.transaction(async (manager): Promise<LetterOutcome> => {
      const caseRow = await this.access.getVisible(actor, caseId, manager);
      const address = await this.addressing.address(manager, actor, caseRow, dto);
      // A refusal commits only its audit row: the letter is neither made nor kept.
      if (address.refused !== null) return { refused: address.refused, document: null };
      const source = await this.sources.load(manager, actor.organisationId, caseId, actor.userId);
      const letter = letterData(source, dto.letter, dto.language, dto);
      const names = source.names;
      const document = await this.maker.make(manager, actor, caseId, {
        kind: 'client_letter',
        templateKey: `letter_${dto.letter}_${dto.language}` as TemplateKey,
        data: {
          ...letter.data,
          organisationName: names.organisationName,
          advocateName: names.advocateName,
          clientName: names.clientName,
          caseReference: names.caseReference,
          courtName: letterCourtName(source, letter.courtOrderId),
          letterDate: formatLetterDate(source.today, dto.language),
          addressBlock: address.addressBlock,
          nameRespondent: dto.nameRespondent === true,
          respondentName: dto.nameRespondent === true ? names.respondentName : '',
        },
        format: dto.format,
        language: dto.language,
        fileName: `letter-${dto.letter.replace(/_/g, '-')}-${dto.language}-${names.caseReference}`,
        includesConfidential: address.includesConfidential,
        fileOnCase: dto.fileOnCase === true,
        channel: dto.channel,
      });
      return { refused: null, document };
    });
    if (outcome.refused) {
      throw new DomainError(
        'LETTER_CHANNEL_FORBIDDEN',
        'conflict',
        outcome.refused.reason,
        undefined,
        {
          details: { ...outcome.refused },
        },
      );
    }
    return outcome.document;
  }
}

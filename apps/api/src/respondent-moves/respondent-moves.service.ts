import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { RespondentMoveResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { FieldCipher } from '@api/crypto/field-cipher';

import type { RecordRespondentMoveDto } from './dto/record-respondent-move.dto';
import { toRespondentMoveResponse } from './dto/respondent-move.response';
import { moveDateInFuture, noticeBeforeMove } from './respondent-moves.errors';
import { RespondentMovesRepository } from './respondent-moves.repository';

/** The associated data that binds a new address's ciphertext to its row and column. */
export function newAddressContext(moveId: string): string {
  return `respondent_move:${moveId}:new_address`;
}

/** R26a: the respondent's changes of residence, which start the 7-day notice deadline. */
@Injectable()
export class RespondentMovesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly moves: RespondentMovesRepository,
    private readonly computation: CaseComputationService,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
  ) {}

  /** Records a move; the new address, if given, is sealed before it reaches the database. */
  async record(
    actor: Actor,
    caseId: string,
    dto: RecordRespondentMoveDto,
  ): Promise<RespondentMoveResponse> {
    const org = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      const today = virginiaDate(this.clock.now());
      if (dto.movedOn > today) throw moveDateInFuture('movedOn');
      if (dto.noticeReceivedOn !== undefined) {
        if (dto.noticeReceivedOn > today) throw moveDateInFuture('noticeReceivedOn');
        if (dto.noticeReceivedOn < dto.movedOn) throw noticeBeforeMove();
      }
      const id = randomUUID();
      const address = dto.newAddress?.trim();
      const move = await this.moves.insert(manager, {
        id,
        organisationId: org,
        caseId,
        movedOn: dto.movedOn,
        noticeReceivedOn: dto.noticeReceivedOn ?? null,
        newAddressEnc: address ? this.cipher.encrypt(address, newAddressContext(id)) : null,
        createdBy: actor.userId,
      });
      const computation = await this.computation.recompute(manager, org, caseId, {
        byPath: { on: 'movedOn', noticeReceivedOn: 'noticeReceivedOn' },
        other: 'movedOn',
      });
      return toRespondentMoveResponse({ move, hasNewAddress: Boolean(address) }, computation);
    });
  }

  async list(actor: Actor, caseId: string): Promise<RespondentMoveResponse[]> {
    const org = actor.organisationId;
    await this.access.assertVisible(actor, caseId);
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.moves.findByCase(manager, org, caseId);
      const computation = await this.computation.computeOrNull(manager, org, caseId);
      return rows.map((row) => toRespondentMoveResponse(row, computation));
    });
  }
}

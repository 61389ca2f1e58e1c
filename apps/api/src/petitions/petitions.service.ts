import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { OrderKind, PetitionResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { CourtDirectory } from '@api/courts/court-directory';

import type { CreatePetitionDto } from './dto/create-petition.dto';
import { toPetitionResponse } from './dto/petition.response';
import { militaryOrderNotPreliminary, petitionFiledInFuture } from './petitions.errors';
import { PetitionsRepository } from './petitions.repository';

// R09a: the preliminary orders a Military Protective Order may be the basis of.
const PRELIMINARY: readonly OrderKind[] = ['FA_PPO', 'AOV_PPO'];

@Injectable()
export class PetitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly petitions: PetitionsRepository,
    private readonly computation: CaseComputationService,
    private readonly clock: Clock,
    private readonly directory: CourtDirectory,
  ) {}

  /** Records a filed petition; the filing starts R06's advisory hearing target, so deadlines move. */
  async file(actor: Actor, caseId: string, dto: CreatePetitionDto): Promise<PetitionResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      if (dto.filedOn > virginiaDate(this.clock.now())) throw petitionFiledInFuture();
      await this.directory.assertCourts(manager, 'courtId', [dto.courtId.trim()]);
      const mpo = dto.militaryProtectiveOrder;
      if (mpo && !PRELIMINARY.includes(dto.orderKindSought)) throw militaryOrderNotPreliminary();
      const petition = await this.petitions.insert(manager, {
        organisationId: actor.organisationId,
        caseId,
        orderKindSought: dto.orderKindSought,
        filedOn: dto.filedOn,
        courtId: dto.courtId.trim(),
        courtKind: dto.courtKind,
        courtLocality: dto.courtLocality.trim(),
        courtCaseNumber: dto.courtCaseNumber?.trim() ?? null,
        mpoIssuingCommand: mpo?.issuingCommand ?? null,
        mpoIssuedOn: mpo?.issuedOn ?? null,
        mpoEnteredInNcic: mpo ? (mpo.enteredInNcic ?? null) : null,
      });
      await this.computation.recompute(manager, actor.organisationId, caseId, {
        byPath: {
          on: 'filedOn',
          courtId: 'courtId',
          issuedOn: 'militaryProtectiveOrder.issuedOn',
          issuingCommand: 'militaryProtectiveOrder.issuingCommand',
        },
        other: 'filedOn',
      });
      return toPetitionResponse(petition);
    });
  }

  async list(actor: Actor, caseId: string): Promise<PetitionResponse[]> {
    await this.access.assertVisible(actor, caseId);
    const rows = await this.petitions.findByCase(actor.organisationId, caseId);
    return rows.map(toPetitionResponse);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { CorrectionResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { correctedFields, correctionReason } from '@api/common/corrections/corrections';
import { DomainError } from '@api/common/errors/domain-error';
import { implausibleDate } from '@api/common/validation/plausible-dates';
import { CourtDirectory } from '@api/courts/court-directory';

import type { CorrectPetitionDto } from './dto/correct-petition.dto';
import {
  PetitionCorrectionsRepository,
  type PetitionCorrection,
} from './petition-corrections.repository';
import { petitionFiledInFuture } from './petitions.errors';

const FIELDS = [
  'orderKindSought',
  'filedOn',
  'courtId',
  'courtKind',
  'courtLocality',
  'courtCaseNumber',
] as const satisfies ReadonlyArray<keyof PetitionCorrection>;

/** The court's case number and the locality label move no deadline; the rest do. */
const LABEL_ONLY: ReadonlySet<string> = new Set(['courtCaseNumber', 'courtLocality']);

/**
 * Correcting a recorded petition: the filing day starts R06's hearing target and the court
 * chooses the calendar, so a correction of either needs a reason, is audited and recomputes the
 * case in the same transaction (a refusal of the rules stores nothing).
 */
@Injectable()
export class PetitionCorrectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly petitions: PetitionCorrectionsRepository,
    private readonly computation: CaseComputationService,
    private readonly denials: AccessDenials,
    private readonly audit: AuditService,
    private readonly directory: CourtDirectory,
    private readonly clock: Clock,
  ) {}

  async correct(
    actor: Actor,
    caseId: string,
    petitionId: string,
    dto: CorrectPetitionDto,
  ): Promise<CorrectionResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      const org = actor.organisationId;
      const petition = await this.petitions.getOrNull(manager, org, caseId, petitionId);
      if (!petition) {
        await this.denials.deny(actor, 'petition', petitionId);
        throw new DomainError('PETITION_NOT_FOUND', 'not_found', 'Petition not found.');
      }
      const { values, changed } = correctedFields<(typeof FIELDS)[number], PetitionCorrection>(
        FIELDS,
        dto,
        petition,
      );
      const reason = correctionReason(changed, LABEL_ONLY, dto.reason);
      if (values.filedOn) {
        if (values.filedOn > virginiaDate(this.clock.now())) throw petitionFiledInFuture();
        const lastAct = await this.petitions.lastActOn(manager, org, caseId);
        if (lastAct && values.filedOn < lastAct) {
          throw implausibleDate(
            'PETITION_BEFORE_ACT',
            'filedOn',
            `must not be before the last act of abuse it alleges (${lastAct})`,
          );
        }
      }
      if (values.courtId) await this.directory.assertCourts(manager, 'courtId', [values.courtId]);
      await this.petitions.update(manager, org, petition.id, values);
      await this.audit.record(
        {
          action: 'case_fact_corrected',
          organisationId: org,
          actorUserId: actor.userId,
          targetType: 'petition',
          targetId: petition.id,
          ...(reason ? { reason } : {}),
          details: { caseId, fields: changed },
        },
        manager,
      );
      await this.computation.recompute(manager, org, caseId, {
        byPath: { on: 'filedOn', courtId: 'courtId' },
        other: changed[0] ?? 'filedOn',
      });
      return { changed, recomputed: true };
    });
  }
}

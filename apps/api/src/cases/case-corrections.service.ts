import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { CorrectionResponse } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import type { CaseEntity } from '@api/case-files/case.entity';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { nothingToCorrect } from '@api/common/corrections/corrections';
import { CourtDirectory } from '@api/courts/court-directory';
import { PartiesRepository } from '@api/parties/parties.repository';
import { PartyRecordsService, type PartyCorrection } from '@api/parties/party-records.service';

import { CasesRepository } from './cases.repository';
import { assertCorrectionAllowed } from './correction-rules';
import { correctedCaseFacts } from './corrected-case-facts';
import type {
  CorrectClientDto,
  CorrectIntakeDto,
  CorrectRespondentDto,
} from './dto/correct-parties.dto';
import { checkPartyDates } from './intake-dates';

/**
 * Corrections of what intake recorded: the parties and the case's own facts. Each runs in one
 * transaction that locks the case (two corrections of one case apply one after the other, neither
 * lost), checks the reason and the reveal rules, writes the rows, audits which fields changed
 * (never a confidential value) and recomputes the case through the one recompute path, so a
 * refusal of the rules stores nothing.
 */
@Injectable()
export class CaseCorrectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly cases: CasesRepository,
    private readonly parties: PartiesRepository,
    private readonly records: PartyRecordsService,
    private readonly computation: CaseComputationService,
    private readonly audit: AuditService,
    private readonly directory: CourtDirectory,
    private readonly clock: Clock,
  ) {}

  async correctClient(
    actor: Actor,
    caseId: string,
    dto: CorrectClientDto,
  ): Promise<CorrectionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.access.getVisibleForWrite(actor, caseId, manager);
      const today = virginiaDate(this.clock.now());
      checkPartyDates('dateOfBirth', dto.dateOfBirth, today);
      const client = await this.parties.getClientNameOrNull(
        actor.organisationId,
        found.clientId,
        manager,
      );
      if (!client) throw nothingToCorrect();
      const result = await this.records.correctClient(manager, actor.organisationId, client, dto);
      return this.finish(manager, actor, found, 'client', found.clientId, result, dto.reason);
    });
  }

  async correctRespondent(
    actor: Actor,
    caseId: string,
    dto: CorrectRespondentDto,
  ): Promise<CorrectionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.access.getVisibleForWrite(actor, caseId, manager);
      const today = virginiaDate(this.clock.now());
      checkPartyDates('dateOfBirth', dto.dateOfBirth, today);
      const respondent = await this.parties.getRespondentOrNull(
        actor.organisationId,
        found.respondentId,
        manager,
      );
      if (!respondent) throw nothingToCorrect();
      const result = await this.records.correctRespondent(
        manager,
        actor.organisationId,
        respondent,
        dto,
      );
      return this.finish(
        manager,
        actor,
        found,
        'respondent',
        found.respondentId,
        result,
        dto.reason,
      );
    });
  }

  async correctIntake(
    actor: Actor,
    caseId: string,
    dto: CorrectIntakeDto,
  ): Promise<CorrectionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.access.getVisibleForWrite(actor, caseId, manager);
      const { values, changed } = await correctedCaseFacts(found, dto, {
        today: virginiaDate(this.clock.now()),
        firstPetitionOn: await this.cases.firstPetitionFiledOn(
          manager,
          actor.organisationId,
          caseId,
        ),
        locality: (name) => this.directory.canonicalLocalityName(manager, 'venueLocality', name),
        court: (id) => this.directory.assertCourts(manager, 'courtId', [id]),
      });
      await this.cases.updateFacts(manager, actor.organisationId, caseId, values);
      return this.finish(
        manager,
        actor,
        found,
        'case',
        caseId,
        { changed, confidential: [] },
        dto.reason,
      );
    });
  }

  private async finish(
    manager: EntityManager,
    actor: Actor,
    found: CaseEntity,
    subject: 'client' | 'respondent' | 'case',
    targetId: string,
    result: PartyCorrection,
    reason: string | undefined,
  ): Promise<CorrectionResponse> {
    const { changed, confidential } = result;
    if (changed.length === 0 && confidential.length === 0) throw nothingToCorrect();
    const why = assertCorrectionAllowed(actor, subject, changed, confidential, reason);
    const base = {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      ...(why ? { reason: why } : {}),
    };
    if (changed.length > 0) {
      await this.audit.record(
        {
          ...base,
          action: 'case_fact_corrected',
          targetType: subject,
          targetId,
          details: { caseId: found.id, fields: changed },
        },
        manager,
      );
    }
    // One row per sealed field, as a reveal writes one: who wrote which confidential value, why.
    for (const field of confidential) {
      await this.audit.record(
        {
          ...base,
          action: 'confidential_corrected',
          targetType: `${subject}.${field}`,
          targetId,
          details: { caseId: found.id },
        },
        manager,
      );
    }
    const fields = [...changed, ...confidential];
    await this.computation.recompute(manager, actor.organisationId, found.id, {
      byPath: { lastActOfAbuseOn: 'lastActOfAbuseOn', knownFirearms: 'knownFirearms' },
      other: fields[0] ?? 'reason',
    });
    return { changed: fields, recomputed: true };
  }
}

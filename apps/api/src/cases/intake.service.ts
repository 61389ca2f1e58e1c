import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { ConflictCheckResponse, ConflictHit } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { roleHasPermission } from '@api/common/permissions';
import { DomainError } from '@api/common/errors/domain-error';
import { PartyRecordsService } from '@api/parties/party-records.service';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { CourtDirectory } from '@api/courts/court-directory';

import { CaseOpening } from './case-opening';
import { CasesRepository } from './cases.repository';
import { ConflictCheckService } from './conflict-check.service';
import type { ConflictCheckDto } from './dto/conflict-check.dto';
import type { CreateCaseDto } from './dto/create-case.dto';
import { eligibilityForIntake } from './eligibility';
import { checkIntakeDates } from './intake-dates';

const UNIQUE_VIOLATION = '23505';

/** Opening a case: eligibility, the conflict check, the parties and the case, atomically. */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly parties: PartyRecordsService,
    private readonly conflicts: ConflictCheckService,
    private readonly opening: CaseOpening,
    private readonly directory: CourtDirectory,
    private readonly clock: Clock,
  ) {}

  async conflictCheck(actor: Actor, dto: ConflictCheckDto): Promise<ConflictCheckResponse> {
    return { hits: await this.conflicts.find(actor.organisationId, dto.client, dto.respondent) };
  }

  /**
   * A conflict-check hit blocks opening until a supervisor overrides it with a reason (audited).
   * The parties, case, assignment, first deadlines, follow-up and audit rows commit together; the
   * follow-up jobs are enqueued after commit. Returns the new case's id.
   */
  async open(actor: Actor, dto: CreateCaseDto): Promise<string> {
    checkIntakeDates(dto, virginiaDate(this.clock.now()));
    const eligibility = eligibilityForIntake(dto.intake);
    const hits = await this.conflicts.find(actor.organisationId, dto.client, dto.respondent);
    if (hits.length > 0 && !dto.conflictOverrideReason) {
      throw new DomainError(
        'CONFLICT_CHECK_HIT',
        'conflict',
        conflictMessage(hits),
        'conflictOverrideReason',
      );
    }
    if (hits.length > 0 && !roleHasPermission(actor.role, 'conflict:override')) {
      throw new DomainError(
        'OVERRIDE_REQUIRES_SUPERVISOR',
        'forbidden',
        'Only a supervisor can override a conflict.',
        'conflictOverrideReason',
      );
    }
    const override =
      hits.length > 0 && dto.conflictOverrideReason
        ? { reason: dto.conflictOverrideReason, hits: hits.length }
        : null;
    const caseId = randomUUID();
    await this.withReferenceRetry(() =>
      this.dataSource.transaction(async (manager) => {
        const venueLocality = dto.intake.venueLocality?.trim()
          ? await this.directory.canonicalLocalityName(
              manager,
              'intake.venueLocality',
              dto.intake.venueLocality,
            )
          : null;
        const courtId = dto.intake.courtId?.trim() || null;
        if (courtId) await this.directory.assertCourts(manager, 'intake.courtId', [courtId]);
        const clientId = await this.parties.insertClient(manager, actor.organisationId, dto.client);
        const respondentId = await this.parties.insertRespondent(
          manager,
          actor.organisationId,
          dto.respondent,
        );
        await this.cases.insert(manager, {
          id: caseId,
          organisationId: actor.organisationId,
          reference: await this.cases.nextReference(
            manager,
            actor.organisationId,
            dto.openedOn.slice(0, 4),
          ),
          clientId,
          respondentId,
          stage: 'intake',
          nextDueOn: null,
          orderKind: dto.orderKind ?? null,
          relationship: dto.intake.relationship,
          livesWithRespondent: dto.intake.livesWithRespondent,
          cohabitationEndedOn: dto.intake.cohabitationEndedOn ?? null,
          lastActOn: dto.intake.lastActOfAbuseOn,
          petitionerIsMinor: dto.intake.petitionerIsMinor ?? false,
          respondentIsParentOrGuardian: dto.intake.respondentIsParentOrGuardian ?? false,
          hasMedicalEvidence: dto.intake.hasMedicalEvidence ?? false,
          venueLocality,
          courtId,
          courtKind: eligibility.familyOrHouseholdMember ? 'JDR' : 'GDC',
          lscProblemCode: null,
          conflictOverrideReason: override?.reason ?? null,
          conflictOverrideBy: override ? actor.userId : null,
          conflictOverrideAt: override ? new Date() : null,
          openedOn: dto.openedOn,
        });
        if (actor.role === 'advocate') {
          await this.cases.setAdvocates(
            manager,
            actor.organisationId,
            caseId,
            [actor.userId],
            actor.userId,
          );
        }
        return this.opening.afterInsert(manager, actor, caseId, override);
      }),
    );
    return caseId;
  }

  // Two cases opened at the same instant can draw the same next reference; the unique index
  // refuses the second, which then retries with a fresh number.
  private async withReferenceRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await work();
      } catch (err) {
        const code = (err as { driverError?: { code?: string } }).driverError?.code;
        if (code !== UNIQUE_VIOLATION || attempt >= 5) throw err;
      }
    }
  }
}

function conflictMessage(hits: ConflictHit[]): string {
  const names = hits
    .map((h) => `the ${h.party} matches an existing ${h.matchedRole}, ${h.matchedName}`)
    .join('; ');
  return `Conflict check: ${names}. A supervisor must override with a reason.`;
}

import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { ViolationListResponse, ViolationResponse } from '@haven/contracts';
import { classifyViolation } from '@haven/rules';

import { AccessDenials } from '@api/audit/access-denials';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { FieldCipher } from '@api/crypto/field-cipher';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { isBefore } from '@api/orders/order-checks';
import { notInFuture, orderNotFound } from '@api/orders/orders.errors';

import type { CreateViolationDto } from './dto/create-violation.dto';
import { toViolationResponse } from './dto/violation.response';
import { violationBeforeIssuance, violationNotFound } from './violations.errors';
import { ViolationsRepository } from './violations.repository';

/** The associated data that binds a narrative's ciphertext to its row and column. */
export function narrativeContext(violationId: string): string {
  return `violation:${violationId}:narrative`;
}

@Injectable()
export class ViolationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly denials: AccessDenials,
    private readonly violations: ViolationsRepository,
    private readonly computation: CaseComputationService,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
  ) {}

  /**
   * Records a violation with the rules library's potential classification (R18–R21), computed
   * with the respondent's prior convictions and stored beside it. The narrative is encrypted.
   */
  async record(actor: Actor, caseId: string, dto: CreateViolationDto): Promise<ViolationResponse> {
    const org = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      const caseRow = await this.access.getVisibleForWrite(actor, caseId, manager);
      const order = await this.violations.getOrderOrNull(manager, org, caseId, dto.orderId);
      if (!order) {
        await this.denials.deny(actor, 'order', dto.orderId);
        throw orderNotFound();
      }
      if (dto.occurredOn > virginiaDate(this.clock.now()))
        throw notInFuture('occurredOn', 'A violation');
      if (
        isBefore(
          { date: dto.occurredOn, time: dto.occurredTime },
          { date: order.issuedOn, time: order.issuedTime },
        )
      ) {
        throw violationBeforeIssuance();
      }
      const id = randomUUID();
      const actionsTaken = dto.actionsTaken ?? [];
      const priorConvictions = await this.violations.findPriorConvictions(
        manager,
        org,
        caseRow.respondentId,
      );
      const classification = classifyViolation({
        violationId: id,
        orderId: order.id,
        orderKind: order.kind,
        occurredOn: dto.occurredOn,
        acts: dto.acts,
        basedOnActOrThreatOfViolence: dto.basedOnViolence,
        priorConvictions,
        criminalProsecution: dto.criminalProsecution ?? false,
        contemptSought: actionsTaken.includes('contempt'),
        reportedToPolice: actionsTaken.includes('police_report'),
      });
      await this.violations.insert(manager, {
        id,
        organisationId: org,
        caseId,
        orderId: order.id,
        occurredOn: dto.occurredOn,
        occurredTime: dto.occurredTime ?? null,
        acts: dto.acts,
        basedOnViolence: dto.basedOnViolence,
        policeReportNumber: dto.policeReportNumber?.trim() ?? null,
        officerName: dto.officerName?.trim() ?? null,
        officerBadge: dto.officerBadge?.trim() ?? null,
        actionsTaken,
        criminalProsecution: dto.criminalProsecution ?? false,
        classification,
        narrativeEnc: dto.narrative
          ? this.cipher.encrypt(dto.narrative, narrativeContext(id))
          : null,
      });
      await this.computation.recompute(manager, org, caseId, {
        byPath: { orderId: 'orderId', acts: 'acts', occurredOn: 'occurredOn' },
        other: 'occurredOn',
      });
      const row = await this.violations.getByIdOrNull(org, caseId, id, manager);
      if (!row) throw new Error(`violation ${id} was not stored`);
      return toViolationResponse(row.violation, row.hasNarrative);
    });
  }

  async list(actor: Actor, caseId: string): Promise<ViolationListResponse> {
    await this.access.assertVisible(actor, caseId);
    const rows = await this.violations.findByCase(actor.organisationId, caseId);
    return { items: rows.map((r) => toViolationResponse(r.violation, r.hasNarrative)) };
  }

  async get(actor: Actor, caseId: string, violationId: string): Promise<ViolationResponse> {
    await this.access.assertVisible(actor, caseId);
    const row = await this.violations.getByIdOrNull(actor.organisationId, caseId, violationId);
    if (!row) {
      await this.denials.deny(actor, 'violation', violationId);
      throw violationNotFound();
    }
    return toViolationResponse(row.violation, row.hasNarrative);
  }
}

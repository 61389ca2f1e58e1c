import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { RecordServiceAttemptResponse, ServiceAttemptResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import type { ProtectiveOrderEntity } from '@api/orders/protective-order.entity';

import type { RecordServiceAttemptDto } from './dto/record-service-attempt.dto';
import {
  toRecordServiceAttemptResponse,
  toServiceAttemptResponse,
} from './dto/service-attempt.response';
import { orderNotFound, serviceBeforeIssuance, serviceInFuture } from './service-attempts.errors';
import { ServiceAttemptsRepository } from './service-attempts.repository';

/**
 * Attempts to serve the respondent. Recording one locks the case and the order, stores the attempt
 * (notes sealed), records personal service on the order, and recomputes the case's deadlines in
 * one transaction: personal service is what makes an order enforceable (R26).
 */
@Injectable()
export class ServiceAttemptsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly denials: AccessDenials,
    private readonly attempts: ServiceAttemptsRepository,
    private readonly computation: CaseComputationService,
    private readonly clock: Clock,
  ) {}

  async record(
    actor: Actor,
    caseId: string,
    dto: RecordServiceAttemptDto,
  ): Promise<RecordServiceAttemptResponse> {
    const orgId = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      const order = await this.attempts.getOrderForUpdateOrNull(
        manager,
        orgId,
        caseId,
        dto.orderId,
      );
      if (!order) {
        await this.denials.deny(actor, 'protective_order', dto.orderId);
        throw orderNotFound();
      }
      assertNotBeforeIssuance(order, dto);
      if (dto.attemptedOn > virginiaDate(this.clock.now())) throw serviceInFuture();

      const notes = dto.notes !== undefined && dto.notes.trim() !== '' ? dto.notes : null;
      const attempt = await this.attempts.insert(
        manager,
        {
          organisationId: orgId,
          caseId,
          orderId: order.id,
          attemptedOn: dto.attemptedOn,
          attemptedTime: dto.attemptedTime ?? null,
          servedBy: dto.servedBy,
          method: dto.method,
          outcome: dto.outcome,
        },
        notes,
      );
      let served = order;
      const personal = dto.method === 'personal' || dto.method === 'open_court';
      if (dto.outcome === 'served' && personal && !alreadyServedBy(order, dto)) {
        served = await this.attempts.recordOrderServed(manager, orgId, order.id, {
          servedOn: dto.attemptedOn,
          servedTime: dto.attemptedTime ?? null,
          // Only a granted order becomes `served`; an extended, superseded or dissolved order
          // keeps its recorded status (the rules compute what service changes for it).
          status: order.status === 'granted' ? 'served' : order.status,
        });
      }
      const computation = await this.computation.recompute(manager, orgId, caseId, {
        byPath: { at: 'attemptedOn', orderId: 'orderId' },
        other: 'attemptedOn',
      });
      return toRecordServiceAttemptResponse(
        attempt.row,
        attempt.hasNotes,
        served,
        computation.orders.find((o) => o.orderId === order.id),
      );
    });
  }

  async list(actor: Actor, caseId: string): Promise<ServiceAttemptResponse[]> {
    // One statement, the access check in it, outside any transaction of ours: the tenant setting's
    // START and the COMMIT go with it in one round trip (tenant-connection.ts; issue 18).
    const rows = await this.access.readVisible(actor, caseId, ({ organisationId, assigneeId }) =>
      this.attempts.findVisibleByCase(this.dataSource.manager, organisationId, caseId, assigneeId),
    );
    return rows.map(({ row, hasNotes }) => toServiceAttemptResponse(row, hasNotes));
  }
}

/** No service before issuance (issue 5): by date, and by time when both times are known. */
function assertNotBeforeIssuance(order: ProtectiveOrderEntity, dto: RecordServiceAttemptDto): void {
  if (dto.attemptedOn < order.issuedOn) throw serviceBeforeIssuance('attemptedOn', order.issuedOn);
  const issuedTime = order.issuedTime?.slice(0, 5);
  if (
    dto.attemptedOn === order.issuedOn &&
    issuedTime &&
    dto.attemptedTime &&
    dto.attemptedTime < issuedTime
  ) {
    throw serviceBeforeIssuance('attemptedTime', `${order.issuedOn} at ${issuedTime}`);
  }
}

/**
 * Whether the order already records personal service no later than this attempt, so the earliest
 * personal service stands. On the same day, a recorded time is kept unless only the attempt has one.
 */
function alreadyServedBy(order: ProtectiveOrderEntity, dto: RecordServiceAttemptDto): boolean {
  if (order.servedOn === null) return false;
  if (order.servedOn !== dto.attemptedOn) return order.servedOn < dto.attemptedOn;
  const recordedTime = order.servedTime?.slice(0, 5);
  if (!recordedTime) return !dto.attemptedTime;
  return !dto.attemptedTime || recordedTime <= dto.attemptedTime;
}

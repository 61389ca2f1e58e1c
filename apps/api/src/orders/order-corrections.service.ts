import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { CorrectionResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';
import { correctedFields, correctionReason } from '@api/common/corrections/corrections';

import type { CorrectOrderDto } from './dto/correct-order.dto';
import { OrderCorrectionsRepository, type OrderCorrection } from './order-corrections.repository';
import { orderOrDeny } from './order-lookup';
import { OrderWriter } from './order-writer';
import { invalidField } from './orders.errors';
import { OrdersRepository } from './orders.repository';

const FIELDS = [
  'issuedOn',
  'issuedTime',
  'issuingCourtId',
  'issuingCourtKind',
  'issuingLocality',
  'statedExpiryOn',
  'statedExpiryTime',
] as const satisfies ReadonlyArray<keyof OrderCorrection>;

/** The issuing locality is a label; every other field of the order moves a deadline or its calendar. */
const LABEL_ONLY: ReadonlySet<string> = new Set(['issuingLocality']);

/**
 * Correcting what an order says (a mistyped issue date, time, court or stated expiry). It takes
 * the guarded path of a new order (OrderWriter: not in the future, expiry not before issuance,
 * recompute in the same transaction), keeps the chain in order (not before the order it follows,
 * not after one that follows it), needs a reason and writes an audit row naming the fields.
 */
@Injectable()
export class OrderCorrectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly orders: OrdersRepository,
    private readonly corrections: OrderCorrectionsRepository,
    private readonly writer: OrderWriter,
    private readonly denials: AccessDenials,
    private readonly audit: AuditService,
  ) {}

  async correct(
    actor: Actor,
    caseId: string,
    orderId: string,
    dto: CorrectOrderDto,
  ): Promise<CorrectionResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      const order = await orderOrDeny(this.orders, this.denials, actor, manager, caseId, orderId);
      const { values, changed } = correctedFields<(typeof FIELDS)[number], OrderCorrection>(
        FIELDS,
        dto,
        order,
      );
      const reason = correctionReason(changed, LABEL_ONLY, dto.reason);
      const next = { ...order, ...values };
      if (next.statedExpiryTime && !next.statedExpiryOn) {
        throw invalidField(
          'TIME_WITHOUT_DATE',
          'statedExpiryTime',
          'may only be given with statedExpiryOn',
        );
      }
      if (values.issuedOn)
        await this.assertChainOrder(manager, actor, caseId, order, values.issuedOn);
      await this.writer.write(manager, actor, caseId, {
        effective: { field: 'issuedOn', on: next.issuedOn, what: "An order's issue date" },
        statedExpiryOn: next.statedExpiryOn,
        target: { type: 'protective_order', id: order.id },
        courts:
          values.issuingCourtId && order.kind !== 'OOS'
            ? [{ field: 'issuingCourtId', id: values.issuingCourtId }]
            : [],
        refusal: {
          statedExpiry: 'statedExpiryOn',
          byPath: { issuedAt: 'issuedOn', issuedOn: 'issuedOn', courtId: 'issuingCourtId' },
          other: changed[0] ?? 'issuedOn',
        },
        store: async (m) => {
          await this.corrections.update(m, actor.organisationId, order.id, values);
          await this.audit.record(
            {
              action: 'case_fact_corrected',
              organisationId: actor.organisationId,
              actorUserId: actor.userId,
              targetType: 'protective_order',
              targetId: order.id,
              ...(reason ? { reason } : {}),
              details: { caseId, fields: changed },
            },
            m,
          );
        },
      });
      return { changed, recomputed: true };
    });
  }

  private async assertChainOrder(
    manager: Parameters<OrderWriter['write']>[0],
    actor: Actor,
    caseId: string,
    order: { id: string; parentOrderId: string | null },
    issuedOn: string,
  ): Promise<void> {
    if (order.parentOrderId) {
      const parent = await this.orders.getOrderOrNull(
        actor.organisationId,
        caseId,
        order.parentOrderId,
        manager,
      );
      if (parent && issuedOn < parent.issuedOn) {
        throw invalidField(
          'ORDER_BEFORE_PARENT',
          'issuedOn',
          `must not be before the order it follows was issued (${parent.issuedOn})`,
        );
      }
    }
    const child = await this.corrections.firstChildIssuedOn(
      manager,
      actor.organisationId,
      order.id,
    );
    if (child && issuedOn > child) {
      throw invalidField(
        'ORDER_AFTER_CHILD',
        'issuedOn',
        `must not be after an order that follows it was issued (${child})`,
      );
    }
  }
}

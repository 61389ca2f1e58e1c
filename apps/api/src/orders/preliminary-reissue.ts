import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CaseComputation } from '@haven/rules';

import type { Actor } from '@api/common/actor';
import type { RefusalFields } from '@api/case-computation/rules-refusal';

import { parentStatusAfterChild } from './order-checks';
import { OrderWriter } from './order-writer';
import { invalidField } from './orders.errors';
import { OrdersRepository } from './orders.repository';
import type { ProtectiveOrderEntity } from './protective-order.entity';

/** What a continuance tells about the preliminary order it carries forward. */
export interface PreliminaryExtension {
  /** The order the continued hearing was about, when it names one. */
  hearingOrderId: string | null;
  /** The day the court continued the hearing: the extended order is entered that day. */
  on: string;
  /** The new hearing date, until which the order now runs. */
  until: string;
  servedInOpenCourt: boolean;
  /** The request field named when there is no preliminary order to extend. */
  field: string;
  refusal: RefusalFields;
  /** The caller's rows that name the new order (the next hearing), stored before the recompute. */
  alsoStore(manager: EntityManager, orderId: string): Promise<void>;
}

/**
 * a preliminary order extended to a continued hearing is a reissue, a new issuance from
 * which R05 counts again, stating the new hearing date as its expiry. Recording it as the old
 * order's successor ends the old one at the continuance (its hearing-by and expiry become moot)
 * instead of letting it run out before the new date and raise "hearing missed" and "expired".
 */
@Injectable()
export class PreliminaryOrderReissue {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly writer: OrderWriter,
  ) {}

  /** Stores the reissued order (and its service in open court) and recomputes the case. */
  async extendToHearing(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    ext: PreliminaryExtension,
  ): Promise<{ orderId: string; computation: CaseComputation }> {
    const parent = await this.preliminaryOrder(manager, actor.organisationId, caseId, ext);
    const id = randomUUID();
    const computation = await this.writer.write(manager, actor, caseId, {
      effective: { field: ext.field, on: ext.on, what: 'The extension' },
      statedExpiryOn: ext.until,
      target: { type: 'protective_order', id },
      refusal: ext.refusal,
      store: async (m) => {
        await this.orders.insertOrder(m, {
          id,
          organisationId: actor.organisationId,
          caseId,
          kind: parent.kind,
          issuedOn: ext.on,
          issuedTime: null,
          issuingCourtId: parent.issuingCourtId,
          issuingCourtKind: parent.issuingCourtKind,
          issuingLocality: parent.issuingLocality,
          statedExpiryOn: ext.until,
          statedExpiryTime: null,
          statedExpiryOverrideReason: null,
          reliefs: parent.reliefs,
          servedOn: null,
          servedTime: null,
          status: 'granted',
          parentOrderId: parent.id,
          extensionOf: null,
          protectsMinorAgainstParent: parent.protectsMinorAgainstParent,
          petitionerHouseholdAtInitial: parent.petitionerHouseholdAtInitial,
          priorFaOrderFinding: false,
          priorFaOrderIssuedOn: null,
          issuingState: null,
          registeredOn: null,
          registeredCourtId: null,
          dissolvedOn: null,
        });
        const status = parentStatusAfterChild(parent.kind, parent.kind);
        if (status) await this.orders.updateOrder(m, actor.organisationId, parent.id, { status });
        if (ext.servedInOpenCourt) {
          await this.orders.recordServedInOpenCourt(
            m,
            { organisationId: actor.organisationId, caseId, id, status: 'granted' },
            ext.on,
            null,
          );
        }
        await ext.alsoStore(m, id);
      },
    });
    return { orderId: id, computation };
  }

  /** The hearing's own preliminary order, or else the case's one current preliminary order. */
  private async preliminaryOrder(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    ext: PreliminaryExtension,
  ): Promise<ProtectiveOrderEntity> {
    const current = await this.orders.findCurrentPreliminaryOrders(manager, organisationId, caseId);
    const found = ext.hearingOrderId
      ? current.find((o) => o.id === ext.hearingOrderId)
      : current.length === 1
        ? current[0]
        : undefined;
    if (!found) {
      throw invalidField(
        'NO_PRELIMINARY_ORDER_TO_EXTEND',
        ext.field,
        ext.hearingOrderId
          ? "The hearing's order is not a preliminary order still in force."
          : 'The case has no single preliminary order still in force to extend; name the order on the hearing.',
      );
    }
    return found;
  }
}

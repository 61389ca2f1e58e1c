import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ExtensionMotionResponse, OrderResponse } from '@haven/contracts';
import type { CaseComputation } from '@haven/rules';

import { parentsFirst, toExtensionMotionResponse, toOrderResponse } from './dto/order.response';
import { motionNotFound, orderNotFound } from './orders.errors';
import { OrdersRepository } from './orders.repository';

/** Builds order responses from the stored rows and one computation of the case. */
@Injectable()
export class OrderViews {
  constructor(private readonly orders: OrdersRepository) {}

  /** Every order of the case, parents before children. */
  async list(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    computation: CaseComputation | null,
  ): Promise<OrderResponse[]> {
    const orders = await this.orders.findOrdersByCase(organisationId, caseId, manager);
    const extensions = await this.orders.findExtensionsByCase(organisationId, caseId, manager);
    const motions = await this.orders.findMotionsByCase(organisationId, caseId, manager);
    return parentsFirst(orders, computation).map((o) =>
      toOrderResponse(o, { extensions, motions, computation }),
    );
  }

  async one(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    orderId: string,
    computation: CaseComputation | null,
  ): Promise<OrderResponse> {
    const found = (await this.list(manager, organisationId, caseId, computation)).find(
      (o) => o.id === orderId,
    );
    if (!found) throw orderNotFound();
    return found;
  }

  async motion(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    motionId: string,
    computation: CaseComputation | null,
  ): Promise<ExtensionMotionResponse> {
    const motions = await this.orders.findMotionsByCase(organisationId, caseId, manager);
    const found = motions.find((m) => m.id === motionId);
    if (!found) throw motionNotFound();
    return toExtensionMotionResponse(found, computation);
  }
}

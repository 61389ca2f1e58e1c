import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ExtensionMotionResponse, OrderResponse } from '@haven/contracts';
import type { CaseComputation } from '@haven/rules';

import type { CaseRecordRow } from '@api/case-computation/case-record.reader';

import { parentsFirst, toExtensionMotionResponse, toOrderResponse } from './dto/order.response';
import type { ExtensionMotionEntity } from './extension-motion.entity';
import type { OrderExtensionEntity } from './order-extension.entity';
import { motionNotFound, orderNotFound } from './orders.errors';
import { OrdersRepository, type CaseOrderRows } from './orders.repository';
import type { ProtectiveOrderEntity } from './protective-order.entity';

const byText = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;
const byCreation = (a: { createdAt: Date }, b: { createdAt: Date }): number =>
  a.createdAt.getTime() - b.createdAt.getTime();

/** Builds order responses from the stored rows and one computation of the case. */
@Injectable()
export class OrderViews {
  constructor(private readonly orders: OrdersRepository) {}

  /** The case's order rows, read once for the computation and the answer. */
  read(manager: EntityManager, organisationId: string, caseId: string): Promise<CaseOrderRows> {
    return this.orders.findCaseOrderRows(manager, organisationId, caseId);
  }

  /**
   * As read, with the access check and the rest of the case's record (for its computation):
   * null when the assignee may not see the case.
   */
  readVisibleWithRecord(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    assigneeId: string | null,
  ): Promise<{ rows: CaseOrderRows; record: CaseRecordRow } | null> {
    return this.orders.findVisibleCaseOrderRowsWithRecord(
      manager,
      organisationId,
      caseId,
      assigneeId,
    );
  }

  /** Every order of the case, parents before children. */
  async list(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    computation: CaseComputation | null,
  ): Promise<OrderResponse[]> {
    return this.fromRows(await this.read(manager, organisationId, caseId), computation);
  }

  /**
   * The answer from rows read in the rules' order: orders by issuance (time, unknown first, then
   * creation), extensions by grant and motions by filing, as the list has always shown them. The
   * sorts are stable, so rows created in one millisecond keep the database's order.
   */
  fromRows(rows: CaseOrderRows, computation: CaseComputation | null): OrderResponse[] {
    const orders = [...rows.orders].sort(
      (a: ProtectiveOrderEntity, b: ProtectiveOrderEntity) =>
        byText(a.issuedOn, b.issuedOn) || byText(a.issuedTime, b.issuedTime) || byCreation(a, b),
    );
    const extensions = [...rows.extensions].sort(
      (a: OrderExtensionEntity, b: OrderExtensionEntity) =>
        byText(a.grantedOn, b.grantedOn) || byCreation(a, b),
    );
    const motions = [...rows.motions].sort(
      (a: ExtensionMotionEntity, b: ExtensionMotionEntity) =>
        byText(a.filedOn, b.filedOn) || byCreation(a, b),
    );
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
    return this.pick(await this.list(manager, organisationId, caseId, computation), orderId);
  }

  /** The order `orderId` of a list, or the order's 404. */
  pick(orders: OrderResponse[], orderId: string): OrderResponse {
    const found = orders.find((o) => o.id === orderId);
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

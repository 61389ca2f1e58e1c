import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { ProtectiveOrderEntity } from './protective-order.entity';

/** The columns an order correction may change: what the order says as the court issued it. */
export type OrderCorrection = Partial<
  Pick<
    ProtectiveOrderEntity,
    | 'issuedOn'
    | 'issuedTime'
    | 'issuingCourtId'
    | 'issuingCourtKind'
    | 'issuingLocality'
    | 'statedExpiryOn'
    | 'statedExpiryTime'
  >
>;

/** Writes of an order correction, and the orders it must stay consistent with. */
@Injectable()
export class OrderCorrectionsRepository {
  async update(
    manager: EntityManager,
    organisationId: string,
    orderId: string,
    values: OrderCorrection,
  ): Promise<void> {
    await manager
      .getRepository(ProtectiveOrderEntity)
      .update({ organisationId, id: orderId }, values);
  }

  /** The earliest issue day of the orders that follow this one (its chain's children). */
  async firstChildIssuedOn(
    manager: EntityManager,
    organisationId: string,
    orderId: string,
  ): Promise<string | null> {
    const [row] = (await manager.query(
      `select min(issued_on)::text as "on" from protective_order
        where organisation_id = $1 and parent_order_id = $2`,
      [organisationId, orderId],
    )) as Array<{ on: string | null }>;
    return row?.on ?? null;
  }
}

import type { EntityManager } from 'typeorm';

import type { Actor } from '@api/common/actor';
import type { AccessDenials } from '@api/audit/access-denials';

import type { ExtensionMotionEntity } from './extension-motion.entity';
import { motionNotFound, orderNotFound } from './orders.errors';
import type { OrdersRepository } from './orders.repository';
import type { ProtectiveOrderEntity } from './protective-order.entity';

/**
 * An order of this case, looked up with organisation and case in the WHERE clause. Any other id
 * (another case's, another organisation's, none at all) is the same 404 with an access_denied row.
 */
export async function orderOrDeny(
  orders: OrdersRepository,
  denials: AccessDenials,
  actor: Actor,
  manager: EntityManager,
  caseId: string,
  orderId: string,
): Promise<ProtectiveOrderEntity> {
  const order = await orders.getOrderOrNull(actor.organisationId, caseId, orderId, manager);
  if (!order) {
    await denials.deny(actor, 'order', orderId);
    throw orderNotFound();
  }
  return order;
}

/** A motion to extend this order of this case, or the same kind of 404. */
export async function motionOrDeny(
  orders: OrdersRepository,
  denials: AccessDenials,
  actor: Actor,
  manager: EntityManager,
  ids: { caseId: string; orderId: string; motionId: string },
): Promise<ExtensionMotionEntity> {
  const motion = await orders.getMotionOrNull(
    manager,
    actor.organisationId,
    ids.caseId,
    ids.orderId,
    ids.motionId,
  );
  if (!motion) {
    await denials.deny(actor, 'extension_motion', ids.motionId);
    throw motionNotFound();
  }
  return motion;
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CaseComputation } from '@haven/rules';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import type { RefusalFields } from '@api/case-computation/rules-refusal';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { CourtDirectory } from '@api/courts/court-directory';

import { assertMayOverride } from './order-checks';
import { invalidField, notInFuture } from './orders.errors';

/** One order-bearing fact to store: a new order, a granted motion's order, or a short extension. */
export interface OrderWrite {
  /** The request field of the date the order (or extension) took effect, and that date. */
  effective: { field: string; on: string; what: string };
  statedExpiryOn?: string | null;
  /** A supervisor's reason to keep a stated expiry beyond the statutory maximum. */
  statedExpiryOverrideReason?: string | null;
  /** What the audit row of an override names. */
  target: { type: 'protective_order' | 'order_extension'; id: string };
  refusal: RefusalFields;
  /** The request's court ids, each checked against the court directory (400 naming its field). */
  courts?: ReadonlyArray<{ field: string; id: string }>;
  /** Inserts the row(s), in the caller's transaction, once every guard has passed. */
  store(manager: EntityManager): Promise<void>;
}

/**
 * The guarded path every order-bearing fact takes, whichever route records it: only a supervisor
 * may override a stated expiry, the order may not take effect on a day that has not come, its
 * stated expiry may not precede it; the override is audited with the row, and the case is
 * recomputed in the same transaction, so a refusal of the rules library stores nothing.
 */
@Injectable()
export class OrderWriter {
  constructor(
    private readonly computation: CaseComputationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly directory: CourtDirectory,
  ) {}

  /** Today in Virginia, for "not in the future" checks. */
  today(): string {
    return virginiaDate(this.clock.now());
  }

  async write(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    order: OrderWrite,
  ): Promise<CaseComputation> {
    assertMayOverride(actor, order.statedExpiryOverrideReason);
    const { field, on, what } = order.effective;
    if (on > this.today()) throw notInFuture(field, what);
    if (order.statedExpiryOn && order.statedExpiryOn < on) {
      throw invalidField(
        'EXPIRY_BEFORE_ISSUANCE',
        'statedExpiryOn',
        `The stated expiry is before the ${field === 'grantedOn' ? 'extension was granted' : 'order was issued'}.`,
      );
    }
    for (const court of order.courts ?? []) {
      await this.directory.assertCourts(manager, court.field, [court.id]);
    }
    await order.store(manager);
    const reason = order.statedExpiryOverrideReason?.trim();
    if (reason) {
      await this.audit.record(
        {
          action: 'stated_expiry_override',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          targetType: order.target.type,
          targetId: order.target.id,
          reason,
        },
        manager,
      );
    }
    return this.computation.recompute(manager, actor.organisationId, caseId, order.refusal);
  }
}

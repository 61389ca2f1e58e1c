import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { ExtensionMotionResponse, GrantExtensionMotionResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';

import { CaseComputationService } from '@api/case-computation/case-computation.service';

import type { CreateExtensionMotionDto } from './dto/create-extension-motion.dto';
import type { DenyExtensionMotionDto } from './dto/deny-extension-motion.dto';
import type { GrantExtensionMotionDto } from './dto/grant-extension-motion.dto';
import {
  assertOrderCurrent,
  assertReliefsInCatalogue,
  isBefore,
  MOTION_EXTENDABLE_KINDS,
} from './order-checks';
import { motionOrDeny, orderOrDeny } from './order-lookup';
import { OrderViews } from './order-views';
import { OrderWriter } from './order-writer';
import {
  invalidField,
  motionAlreadyDecided,
  motionAlreadyPending,
  motionNotTimely,
  notInFuture,
  orderNotExtendableOnMotion,
} from './orders.errors';
import { OrdersRepository } from './orders.repository';

const UNIQUE_VIOLATION = '23505';

export interface MotionIds {
  caseId: string;
  orderId: string;
  motionId: string;
}

/**
 * Motions to extend (R11, R25, R33): filed, then granted (a new order of the same kind in the
 * chain) or denied. The rules library judges each motion's timeliness against the order's expiry.
 */
@Injectable()
export class ExtensionMotionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly denials: AccessDenials,
    private readonly orders: OrdersRepository,
    private readonly computation: CaseComputationService,
    private readonly writer: OrderWriter,
    private readonly views: OrderViews,
  ) {}

  /** Records a motion as filed. One filed after expiry is kept as a record and reported untimely. */
  async file(
    actor: Actor,
    caseId: string,
    orderId: string,
    dto: CreateExtensionMotionDto,
  ): Promise<ExtensionMotionResponse> {
    const org = actor.organisationId;
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.access.getVisibleForWrite(actor, caseId, manager);
        const order = await orderOrDeny(this.orders, this.denials, actor, manager, caseId, orderId);
        assertOrderCurrent(order);
        if (dto.filedOn > this.writer.today()) throw notInFuture('filedOn', 'A filing date');
        if (
          isBefore(
            { date: dto.filedOn, time: dto.filedTime },
            { date: order.issuedOn, time: order.issuedTime },
          )
        ) {
          throw invalidField(
            'MOTION_BEFORE_ISSUANCE',
            'filedOn',
            'A motion to extend cannot be filed before the order was issued.',
          );
        }
        if (await this.orders.hasPendingMotion(manager, org, order.id))
          throw motionAlreadyPending();
        const id = randomUUID();
        await this.orders.insertMotion(manager, {
          id,
          organisationId: org,
          caseId,
          orderId: order.id,
          filedOn: dto.filedOn,
          filedTime: dto.filedTime ?? null,
          outcome: 'pending',
          decidedOn: null,
          grantedOrderId: null,
        });
        const computation = await this.computation.recompute(manager, org, caseId, {
          other: 'filedOn',
        });
        return this.views.motion(manager, org, caseId, id, computation);
      });
    } catch (err) {
      // Two filings at once: the partial unique index lets only one motion per order be pending.
      if ((err as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION)
        throw motionAlreadyPending();
      throw err;
    }
  }

  /**
   * The court granted the motion: the new order (same kind, parent = the extended order), the
   * motion's outcome and the old order's status change in one transaction with the recomputation.
   */
  async grant(
    actor: Actor,
    ids: MotionIds,
    dto: GrantExtensionMotionDto,
  ): Promise<GrantExtensionMotionResponse> {
    const org = actor.organisationId;
    const { caseId } = ids;
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      const order = await orderOrDeny(
        this.orders,
        this.denials,
        actor,
        manager,
        caseId,
        ids.orderId,
      );
      const motion = await motionOrDeny(this.orders, this.denials, actor, manager, ids);
      if (motion.outcome !== 'pending') throw motionAlreadyDecided(motion.outcome);
      assertOrderCurrent(order);
      if (!MOTION_EXTENDABLE_KINDS.includes(order.kind))
        throw orderNotExtendableOnMotion(order.kind);
      if (
        isBefore(
          { date: dto.issuedOn, time: dto.issuedTime },
          { date: motion.filedOn, time: motion.filedTime },
        )
      ) {
        throw invalidField(
          'ORDER_BEFORE_MOTION',
          'issuedOn',
          'The extended order cannot be issued before the motion was filed.',
        );
      }
      const reliefs = dto.reliefs ?? order.reliefs;
      assertReliefsInCatalogue(order.kind, reliefs);
      // R11, R25, R33: only a motion filed before the order expired can extend it.
      const before = await this.computation.computeOrNull(manager, org, caseId);
      const judged = before?.extensionMotions.find((m) => m.motionId === motion.id);
      if (judged?.status === 'untimely') throw motionNotTimely(judged.explanation);

      const newOrderId = randomUUID();
      const computation = await this.writer.write(manager, actor, caseId, {
        effective: { field: 'issuedOn', on: dto.issuedOn, what: "An order's issue date" },
        statedExpiryOn: dto.statedExpiryOn,
        statedExpiryOverrideReason: dto.statedExpiryOverrideReason,
        target: { type: 'protective_order', id: newOrderId },
        courts: dto.issuingCourtId
          ? [{ field: 'issuingCourtId', id: dto.issuingCourtId.trim() }]
          : [],
        refusal: { statedExpiry: 'statedExpiryOn', other: 'issuedOn' },
        store: async (m) => {
          await this.orders.insertOrder(m, {
            id: newOrderId,
            organisationId: org,
            caseId,
            kind: order.kind,
            issuedOn: dto.issuedOn,
            issuedTime: dto.issuedTime ?? null,
            issuingCourtId: dto.issuingCourtId?.trim() ?? order.issuingCourtId,
            issuingCourtKind: dto.issuingCourtKind ?? order.issuingCourtKind,
            issuingLocality: dto.issuingLocality?.trim() ?? order.issuingLocality,
            statedExpiryOn: dto.statedExpiryOn ?? null,
            statedExpiryTime: dto.statedExpiryTime ?? null,
            statedExpiryOverrideReason: dto.statedExpiryOverrideReason?.trim() ?? null,
            reliefs: [...reliefs],
            servedOn: null,
            servedTime: null,
            status: 'granted',
            parentOrderId: order.id,
            extensionOf: 'motion_to_extend',
            protectsMinorAgainstParent: order.protectsMinorAgainstParent,
            petitionerHouseholdAtInitial: order.petitionerHouseholdAtInitial,
            // R12 version 2: an extension runs at most two years from the grant, also after a
            // four-year order, so the prior-order finding stays on the original order.
            priorFaOrderFinding: false,
            priorFaOrderIssuedOn: null,
            issuingState: null,
            registeredOn: null,
            registeredCourtId: null,
            dissolvedOn: null,
          });
          await this.orders.updateMotion(m, org, motion.id, {
            outcome: 'granted',
            decidedOn: dto.issuedOn,
            grantedOrderId: newOrderId,
          });
          await this.orders.updateOrder(m, org, order.id, { status: 'extended' });
        },
      });
      return {
        motion: await this.views.motion(manager, org, caseId, motion.id, computation),
        order: await this.views.one(manager, org, caseId, newOrderId, computation),
      };
    });
  }

  /** The court denied the motion; the order runs to its expiry. */
  async deny(
    actor: Actor,
    ids: MotionIds,
    dto: DenyExtensionMotionDto,
  ): Promise<ExtensionMotionResponse> {
    const org = actor.organisationId;
    const { caseId } = ids;
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      await orderOrDeny(this.orders, this.denials, actor, manager, caseId, ids.orderId);
      const motion = await motionOrDeny(this.orders, this.denials, actor, manager, ids);
      if (motion.outcome !== 'pending') throw motionAlreadyDecided(motion.outcome);
      if (dto.deniedOn > this.writer.today()) throw notInFuture('deniedOn', 'A decision');
      if (dto.deniedOn < motion.filedOn) {
        throw invalidField(
          'DECIDED_BEFORE_FILING',
          'deniedOn',
          'A motion cannot be denied before it was filed.',
        );
      }
      await this.orders.updateMotion(manager, org, motion.id, {
        outcome: 'denied',
        decidedOn: dto.deniedOn,
      });
      const computation = await this.computation.recompute(manager, org, caseId, {
        other: 'deniedOn',
      });
      return this.views.motion(manager, org, caseId, motion.id, computation);
    });
  }
}

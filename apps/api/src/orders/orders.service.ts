import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { OrderListResponse, OrderResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';

import type { CreateOrderDto } from './dto/create-order.dto';
import type { DissolveOrderDto } from './dto/dissolve-order.dto';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { caseRecordOf } from '@api/case-computation/case-record.reader';

import {
  assertOrderCurrent,
  assertReliefsInCatalogue,
  isBefore,
  parentStatusAfterChild,
} from './order-checks';
import { toKnownOrderFacts } from './order-facts';
import { orderOrDeny } from './order-lookup';
import { OrderViews } from './order-views';
import { OrderWriter } from './order-writer';
import { invalidField, notInFuture, orderDissolved } from './orders.errors';
import { OrdersRepository, type CaseOrderRows } from './orders.repository';
import type { ProtectiveOrderEntity } from './protective-order.entity';

@Injectable()
export class OrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly denials: AccessDenials,
    private readonly orders: OrdersRepository,
    private readonly computation: CaseComputationService,
    private readonly writer: OrderWriter,
    private readonly views: OrderViews,
  ) {}

  /**
   * Records an order as issued. An order following another (EPO → PPO → final order) names it as
   * parent, which it supersedes. The stated expiry is checked by the rules library in the same
   * transaction that stores the recomputed deadlines, so a refused order stores nothing.
   */
  async create(actor: Actor, caseId: string, dto: CreateOrderDto): Promise<OrderResponse> {
    const org = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      const reliefs = dto.reliefs ?? [];
      assertReliefsInCatalogue(dto.kind, reliefs);
      const parent = dto.parentOrderId
        ? await this.getOrder(actor, manager, caseId, dto.parentOrderId)
        : null;
      if (
        parent &&
        isBefore(
          { date: dto.issuedOn, time: dto.issuedTime },
          { date: parent.issuedOn, time: parent.issuedTime },
        )
      ) {
        throw invalidField(
          'ORDER_BEFORE_PARENT',
          'issuedOn',
          'An order cannot be issued before the order it follows.',
        );
      }
      const id = randomUUID();
      const computation = await this.writer.write(manager, actor, caseId, {
        effective: { field: 'issuedOn', on: dto.issuedOn, what: "An order's issue date" },
        statedExpiryOn: dto.statedExpiryOn,
        statedExpiryOverrideReason: dto.statedExpiryOverrideReason,
        target: { type: 'protective_order', id },
        // An out-of-state order's issuing court is not Virginia's; its registering court is.
        courts: [
          ...(dto.kind === 'OOS'
            ? []
            : [{ field: 'issuingCourtId', id: dto.issuingCourtId.trim() }]),
          ...(dto.registeredCourtId
            ? [{ field: 'registeredCourtId', id: dto.registeredCourtId.trim() }]
            : []),
        ],
        refusal: {
          statedExpiry: 'statedExpiryOn',
          byPath: {
            issuedAt: 'issuedOn',
            parentOrderId: 'parentOrderId',
            reliefs: 'reliefs',
            priorFamilyAbuseOrderFinding: 'priorFamilyAbuseOrderFinding',
            priorFamilyAbuseOrderIssuedOn: 'priorFamilyAbuseOrderIssuedOn',
          },
          other: 'issuedOn',
        },
        store: async (m) => {
          await this.orders.insertOrder(m, {
            id,
            organisationId: org,
            caseId,
            kind: dto.kind,
            issuedOn: dto.issuedOn,
            issuedTime: dto.issuedTime ?? null,
            issuingCourtId: dto.issuingCourtId.trim(),
            issuingCourtKind: dto.issuingCourtKind,
            issuingLocality: dto.issuingLocality.trim(),
            statedExpiryOn: dto.statedExpiryOn ?? null,
            statedExpiryTime: dto.statedExpiryTime ?? null,
            statedExpiryOverrideReason: dto.statedExpiryOverrideReason?.trim() ?? null,
            reliefs,
            servedOn: null,
            servedTime: null,
            status: 'granted',
            parentOrderId: parent?.id ?? null,
            extensionOf: null,
            protectsMinorAgainstParent: dto.protectsMinorAgainstParent ?? false,
            petitionerHouseholdAtInitial: dto.petitionerHouseholdAtInitial ?? null,
            priorFaOrderFinding: dto.priorFamilyAbuseOrderFinding ?? false,
            priorFaOrderIssuedOn: dto.priorFamilyAbuseOrderIssuedOn ?? null,
            issuingState: dto.kind === 'OOS' ? (dto.issuingState?.trim() ?? null) : null,
            registeredOn: dto.registeredOn ?? null,
            registeredCourtId: dto.registeredCourtId?.trim() ?? null,
            dissolvedOn: null,
          });
          if (dto.servedInOpenCourt === true) {
            await this.orders.recordServedInOpenCourt(
              m,
              { organisationId: org, caseId, id, status: 'granted' },
              dto.issuedOn,
              dto.issuedTime ?? null,
            );
          }
          // The parent's recorded status follows before the recomputation reads it.
          const parentStatus = parent ? parentStatusAfterChild(parent.kind, dto.kind) : null;
          if (
            parent &&
            parentStatus &&
            (parent.status === 'granted' || parent.status === 'served')
          ) {
            await this.orders.updateOrder(m, org, parent.id, { status: parentStatus });
          }
        },
      });
      return this.views.one(manager, org, caseId, id, computation);
    });
  }

  /** Every order of the case with its computed status today, parents before children. */
  async list(actor: Actor, caseId: string): Promise<OrderListResponse> {
    // One statement (one snapshot): the orders, the access check and the rest of the record to
    // compute them. Outside any transaction of ours, the tenant setting's START and the COMMIT go
    // with it in one round trip (tenant-connection.ts; issue 18).
    const { rows, record } = await this.access.readVisible(
      actor,
      caseId,
      ({ organisationId, assigneeId }) =>
        this.views.readVisibleWithRecord(
          this.dataSource.manager,
          organisationId,
          caseId,
          assigneeId,
        ),
    );
    const computation = this.computation.computeOrNullFrom(
      caseRecordOf(record, toKnownOrderFacts(rows)),
    );
    return { items: this.views.fromRows(rows, computation) };
  }

  async get(actor: Actor, caseId: string, orderId: string): Promise<OrderResponse> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await this.access.assertVisible(actor, caseId, manager);
      await this.getOrder(actor, manager, caseId, orderId);
      return this.views.pick(await this.readAll(manager, actor.organisationId, caseId), orderId);
    });
  }

  /**
   * The case's orders with their computed state, in one transaction: the orders, extensions and
   * motions are read once and handed to the computation (issue 18: they were read twice, for
   * 23 statements per request).
   */
  private async readAll(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<OrderResponse[]> {
    return this.answer(
      manager,
      organisationId,
      caseId,
      await this.views.read(manager, organisationId, caseId),
    );
  }

  /** The orders' answer from their rows and the case's computation, which reads the rest. */
  private async answer(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    rows: CaseOrderRows,
  ): Promise<OrderResponse[]> {
    const computation = await this.computation.computeOrNull(
      manager,
      organisationId,
      caseId,
      toKnownOrderFacts(rows),
    );
    return this.views.fromRows(rows, computation);
  }

  /** Records that the court dissolved the order; its deadlines become moot. */
  async dissolve(
    actor: Actor,
    caseId: string,
    orderId: string,
    dto: DissolveOrderDto,
  ): Promise<OrderResponse> {
    const org = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      const order = await this.getOrder(actor, manager, caseId, orderId);
      if (order.status === 'dissolved') throw orderDissolved();
      assertOrderCurrent(order);
      if (dto.dissolvedOn > this.writer.today()) throw notInFuture('dissolvedOn', 'A dissolution');
      if (dto.dissolvedOn < order.issuedOn) {
        throw invalidField(
          'DISSOLVED_BEFORE_ISSUANCE',
          'dissolvedOn',
          'An order cannot be dissolved before it was issued.',
        );
      }
      await this.orders.updateOrder(manager, org, order.id, {
        status: 'dissolved',
        dissolvedOn: dto.dissolvedOn,
      });
      const computation = await this.computation.recompute(manager, org, caseId, {
        other: 'dissolvedOn',
      });
      return this.views.one(manager, org, caseId, order.id, computation);
    });
  }

  private getOrder(
    actor: Actor,
    manager: EntityManager,
    caseId: string,
    orderId: string,
  ): Promise<ProtectiveOrderEntity> {
    return orderOrDeny(this.orders, this.denials, actor, manager, caseId, orderId);
  }
}

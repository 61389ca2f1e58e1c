import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type EntityTarget, type Repository } from 'typeorm';

import { entitiesFromJson } from '@api/common/sql/entities-from-json';
import { prepared } from '@api/common/sql/prepared-statements';
import { caseRowsJson, VISIBLE_CASE } from '@api/case-files/case-files.repository';
import {
  RECORD_WITHOUT_ORDERS_SQL,
  type CaseRecordRow,
} from '@api/case-computation/case-record.reader';

import { ExtensionMotionEntity } from './extension-motion.entity';
import { OrderExtensionEntity } from './order-extension.entity';
import { ProtectiveOrderEntity } from './protective-order.entity';

export type NewOrder = Omit<ProtectiveOrderEntity, 'createdAt' | 'updatedAt'>;
export type NewOrderExtension = Omit<OrderExtensionEntity, 'createdAt'>;
export type NewExtensionMotion = Omit<ExtensionMotionEntity, 'createdAt'>;

/** The order rows of one case. */
export interface CaseOrderRows {
  orders: ProtectiveOrderEntity[];
  extensions: OrderExtensionEntity[];
  motions: ExtensionMotionEntity[];
}

/** The organisation's (`$1`) case's (`$2`) orders, extensions and motions. */
const CASE_ORDER_ROWS_SQL = `
  select ${caseRowsJson('protective_order', 'x.issued_on, x.created_at, x.id')} as orders,
         ${caseRowsJson('order_extension', 'x.created_at, x.id')} as extensions,
         ${caseRowsJson('extension_motion', 'x.created_at, x.id')} as motions`;

/** As CASE_ORDER_ROWS_SQL, and no row when the assignee `$3` may not see the case. */
const VISIBLE_CASE_ORDER_ROWS_SQL = `${CASE_ORDER_ROWS_SQL} ${VISIBLE_CASE}`;

/**
 * As VISIBLE_CASE_ORDER_ROWS_SQL, with the rest of the case's record beside the orders (issue 18:
 * the orders list computes the case, and its record was a round trip of its own).
 */
const VISIBLE_CASE_ORDER_ROWS_WITH_RECORD_SQL = `
  select o.orders, o.extensions, o.motions, rec.*
    from (${VISIBLE_CASE_ORDER_ROWS_SQL}) o
    cross join lateral (${RECORD_WITHOUT_ORDERS_SQL}) rec`;

type CaseOrderJson = Record<keyof CaseOrderRows, Array<Record<string, unknown>>>;

/** Orders, their short extensions and motions to extend; every query is scoped to one organisation. */
@Injectable()
export class OrdersRepository {
  constructor(
    @InjectRepository(ProtectiveOrderEntity)
    private readonly orders: Repository<ProtectiveOrderEntity>,
    @InjectRepository(OrderExtensionEntity)
    private readonly extensions: Repository<OrderExtensionEntity>,
    @InjectRepository(ExtensionMotionEntity)
    private readonly motions: Repository<ExtensionMotionEntity>,
  ) {}

  getOrderOrNull(
    organisationId: string,
    caseId: string,
    orderId: string,
    manager?: EntityManager,
  ): Promise<ProtectiveOrderEntity | null> {
    const repo = manager ? manager.getRepository(ProtectiveOrderEntity) : this.orders;
    return repo.findOne({ where: { organisationId, caseId, id: orderId } });
  }

  /**
   * A case's orders, extensions and motions, each read once for both the computation and the
   * answer (issue 18), in one statement of three JSON arrays, in the order the rules library reads
   * them (case-record.reader.ts): orders by issue date then creation, the others by creation.
   */
  async findCaseOrderRows(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<CaseOrderRows> {
    const [row] = (await manager.query(prepared(CASE_ORDER_ROWS_SQL), [
      organisationId,
      caseId,
    ])) as CaseOrderJson[];
    return this.entitiesOf(manager, row);
  }

  /**
   * As findCaseOrderRows, with the access check and the rest of the case's record (its orders,
   * extensions and motions are the rows' own) in the same statement: null when `assigneeId` may
   * not see the case.
   */
  async findVisibleCaseOrderRowsWithRecord(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    assigneeId: string | null,
  ): Promise<{ rows: CaseOrderRows; record: CaseRecordRow } | null> {
    const [row] = (await manager.query(prepared(VISIBLE_CASE_ORDER_ROWS_WITH_RECORD_SQL), [
      organisationId,
      caseId,
      assigneeId,
    ])) as Array<CaseOrderJson & CaseRecordRow>;
    if (!row) return null;
    const { orders, extensions, motions, ...record } = row;
    return { rows: this.entitiesOf(manager, { orders, extensions, motions }), record };
  }

  private entitiesOf(manager: EntityManager, row: CaseOrderJson | undefined): CaseOrderRows {
    const of = <T>(entity: EntityTarget<T>, rows: Array<Record<string, unknown>> | undefined) =>
      entitiesFromJson<T>(manager.connection.getMetadata(entity), rows ?? []);
    return {
      orders: of(ProtectiveOrderEntity, row?.orders),
      extensions: of(OrderExtensionEntity, row?.extensions),
      motions: of(ExtensionMotionEntity, row?.motions),
    };
  }

  /** A case's orders by issuance (the service orders them parents first). */
  findOrdersByCase(
    organisationId: string,
    caseId: string,
    manager?: EntityManager,
  ): Promise<ProtectiveOrderEntity[]> {
    const repo = manager ? manager.getRepository(ProtectiveOrderEntity) : this.orders;
    return repo.find({
      where: { organisationId, caseId },
      order: {
        issuedOn: 'ASC',
        issuedTime: { direction: 'ASC', nulls: 'FIRST' },
        createdAt: 'ASC',
      },
    });
  }

  async insertOrder(manager: EntityManager, data: NewOrder): Promise<void> {
    await manager.getRepository(ProtectiveOrderEntity).insert(data);
  }

  async updateOrder(
    manager: EntityManager,
    organisationId: string,
    orderId: string,
    patch: Partial<Pick<ProtectiveOrderEntity, 'status' | 'dissolvedOn'>>,
  ): Promise<void> {
    await manager
      .getRepository(ProtectiveOrderEntity)
      .update({ organisationId, id: orderId }, patch);
  }

  /**
   * Service in open court: the respondent was handed the order as the court entered it. Stored as
   * a served attempt (the fact the rules read) and as the order's service, in the caller's
   * transaction. Written here rather than through service-attempts/, which itself reads orders.
   */
  async recordServedInOpenCourt(
    manager: EntityManager,
    order: Pick<ProtectiveOrderEntity, 'organisationId' | 'caseId' | 'id' | 'status'>,
    on: string,
    time: string | null,
  ): Promise<void> {
    await manager.query(
      `insert into service_attempt (organisation_id, case_id, order_id, attempted_on, attempted_time,
         served_by, method, outcome)
       values ($1, $2, $3, $4, $5, 'other', 'open_court', 'served')`,
      [order.organisationId, order.caseId, order.id, on, time],
    );
    await manager.getRepository(ProtectiveOrderEntity).update(
      { organisationId: order.organisationId, id: order.id },
      {
        servedOn: on,
        servedTime: time,
        status: order.status === 'granted' ? 'served' : order.status,
      },
    );
  }

  /** The case's preliminary orders still in force (not dissolved, extended or superseded). */
  findCurrentPreliminaryOrders(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<ProtectiveOrderEntity[]> {
    return manager.getRepository(ProtectiveOrderEntity).find({
      where: {
        organisationId,
        caseId,
        kind: In(['FA_PPO', 'AOV_PPO']),
        status: In(['granted', 'served']),
      },
      order: { issuedOn: 'DESC', createdAt: 'DESC' },
    });
  }

  findExtensionsByCase(
    organisationId: string,
    caseId: string,
    manager?: EntityManager,
  ): Promise<OrderExtensionEntity[]> {
    const repo = manager ? manager.getRepository(OrderExtensionEntity) : this.extensions;
    return repo.find({
      where: { organisationId, caseId },
      order: { grantedOn: 'ASC', createdAt: 'ASC' },
    });
  }

  async insertExtension(manager: EntityManager, data: NewOrderExtension): Promise<void> {
    await manager.getRepository(OrderExtensionEntity).insert(data);
  }

  findMotionsByCase(
    organisationId: string,
    caseId: string,
    manager?: EntityManager,
  ): Promise<ExtensionMotionEntity[]> {
    const repo = manager ? manager.getRepository(ExtensionMotionEntity) : this.motions;
    return repo.find({
      where: { organisationId, caseId },
      order: { filedOn: 'ASC', createdAt: 'ASC' },
    });
  }

  getMotionOrNull(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    orderId: string,
    motionId: string,
  ): Promise<ExtensionMotionEntity | null> {
    return manager
      .getRepository(ExtensionMotionEntity)
      .findOne({ where: { organisationId, caseId, orderId, id: motionId } });
  }

  async hasPendingMotion(
    manager: EntityManager,
    organisationId: string,
    orderId: string,
  ): Promise<boolean> {
    return manager
      .getRepository(ExtensionMotionEntity)
      .exists({ where: { organisationId, orderId, outcome: 'pending' } });
  }

  async insertMotion(manager: EntityManager, data: NewExtensionMotion): Promise<void> {
    await manager.getRepository(ExtensionMotionEntity).insert(data);
  }

  async updateMotion(
    manager: EntityManager,
    organisationId: string,
    motionId: string,
    patch: Partial<Pick<ExtensionMotionEntity, 'outcome' | 'decidedOn' | 'grantedOrderId'>>,
  ): Promise<void> {
    await manager
      .getRepository(ExtensionMotionEntity)
      .update({ organisationId, id: motionId }, patch);
  }
}

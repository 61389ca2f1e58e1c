import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { CreateOrderExtensionResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';

import type { CreateOrderExtensionDto } from './dto/create-order-extension.dto';
import { assertOrderCurrent, isBefore, SHORT_EXTENSION_KINDS } from './order-checks';
import { orderOrDeny } from './order-lookup';
import { OrderViews } from './order-views';
import { OrderWriter } from './order-writer';
import { invalidField } from './orders.errors';
import { OrdersRepository } from './orders.repository';

const EXTENSION_RULE: Record<CreateOrderExtensionDto['kind'], string> = {
  incapacity: 'An incapacity extension (R02)',
  unserved: 'An extension for an unserved respondent (R07, R24)',
};

/** Short extensions of one order in place: incapacity (R02) and unserved respondent (R07, R24). */
@Injectable()
export class OrderExtensionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly denials: AccessDenials,
    private readonly orders: OrdersRepository,
    private readonly writer: OrderWriter,
    private readonly views: OrderViews,
  ) {}

  async create(
    actor: Actor,
    caseId: string,
    orderId: string,
    dto: CreateOrderExtensionDto,
  ): Promise<CreateOrderExtensionResponse> {
    const org = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      const order = await orderOrDeny(this.orders, this.denials, actor, manager, caseId, orderId);
      const kinds = SHORT_EXTENSION_KINDS[dto.kind];
      if (!kinds.includes(order.kind)) {
        throw invalidField(
          'EXTENSION_KIND_NOT_APPLICABLE',
          'kind',
          `${EXTENSION_RULE[dto.kind]} applies to ${kinds.join(' and ')} orders, not ${order.kind}.`,
        );
      }
      assertOrderCurrent(order);
      if (
        isBefore(
          { date: dto.grantedOn, time: dto.grantedTime },
          { date: order.issuedOn, time: order.issuedTime },
        )
      ) {
        throw invalidField(
          'EXTENSION_BEFORE_ISSUANCE',
          'grantedOn',
          'An extension cannot be granted before the order was issued.',
        );
      }
      const id = randomUUID();
      const computation = await this.writer.write(manager, actor, caseId, {
        effective: { field: 'grantedOn', on: dto.grantedOn, what: 'An extension' },
        statedExpiryOn: dto.statedExpiryOn,
        statedExpiryOverrideReason: dto.statedExpiryOverrideReason,
        target: { type: 'order_extension', id },
        refusal: {
          statedExpiry: 'statedExpiryOn',
          byPath: { on: 'grantedOn', orderId: 'kind' },
          other: 'grantedOn',
        },
        store: (m) =>
          this.orders.insertExtension(m, {
            id,
            organisationId: org,
            caseId,
            orderId: order.id,
            kind: dto.kind,
            grantedOn: dto.grantedOn,
            grantedTime: dto.grantedTime ?? null,
            statedExpiryOn: dto.statedExpiryOn ?? null,
            statedExpiryTime: dto.statedExpiryTime ?? null,
            statedExpiryOverrideReason: dto.statedExpiryOverrideReason?.trim() ?? null,
          }),
      });
      const view = await this.views.one(manager, org, caseId, order.id, computation);
      const extension = view.extensions.find((e) => e.id === id);
      if (!extension) throw new Error(`extension ${id} was not stored`);
      return { extension, order: view };
    });
  }
}

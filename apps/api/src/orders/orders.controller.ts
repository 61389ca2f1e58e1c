import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type {
  CreateOrderExtensionResponse,
  OrderListResponse,
  OrderResponse,
} from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
  ApiStateConflict,
} from '@api/common/decorators/api-error-responses.decorator';

import { CreateOrderExtensionDto } from './dto/create-order-extension.dto';
import { CreateOrderDto } from './dto/create-order.dto';
import { DissolveOrderDto } from './dto/dissolve-order.dto';
import { OrderExtensionsService } from './order-extensions.service';
import { OrdersService } from './orders.service';
import {
  CreateOrderExtensionResponseDoc,
  OrderListResponseDoc,
  OrderResponseDoc,
} from './dto/order.response-doc';

@ApiTags('orders')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/orders')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly extensions: OrderExtensionsService,
  ) {}

  @Post()
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: OrderResponseDoc })
  create(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: CreateOrderDto,
  ): Promise<OrderResponse> {
    return this.orders.create(actor, caseId, dto);
  }

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: OrderListResponseDoc })
  list(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<OrderListResponse> {
    return this.orders.list(actor, caseId);
  }

  @Get(':orderId')
  @RequirePermission('case:read')
  @ApiOkResponse({ type: OrderResponseDoc })
  get(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('orderId', ParseUuidPipe) orderId: string,
  ): Promise<OrderResponse> {
    return this.orders.get(actor, caseId, orderId);
  }

  @Post(':orderId/dissolve')
  @HttpCode(200)
  @RequirePermission('case:write')
  @ApiOkResponse({ type: OrderResponseDoc })
  @ApiStateConflict(
    'The order is dissolved, or a later order replaced it (ORDER_DISSOLVED, ORDER_NOT_CURRENT).',
  )
  dissolve(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('orderId', ParseUuidPipe) orderId: string,
    @Body() dto: DissolveOrderDto,
  ): Promise<OrderResponse> {
    return this.orders.dissolve(actor, caseId, orderId, dto);
  }

  @Post(':orderId/extensions')
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: CreateOrderExtensionResponseDoc })
  @ApiStateConflict(
    'The order is dissolved, or a later order replaced it (ORDER_DISSOLVED, ORDER_NOT_CURRENT).',
  )
  extend(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('orderId', ParseUuidPipe) orderId: string,
    @Body() dto: CreateOrderExtensionDto,
  ): Promise<CreateOrderExtensionResponse> {
    return this.extensions.create(actor, caseId, orderId, dto);
  }
}

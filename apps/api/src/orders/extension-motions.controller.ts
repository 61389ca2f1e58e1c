import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { ExtensionMotionResponse, GrantExtensionMotionResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
  ApiStateConflict,
} from '@api/common/decorators/api-error-responses.decorator';

import { CreateExtensionMotionDto } from './dto/create-extension-motion.dto';
import { DenyExtensionMotionDto } from './dto/deny-extension-motion.dto';
import { GrantExtensionMotionDto } from './dto/grant-extension-motion.dto';
import { ExtensionMotionsService } from './extension-motions.service';
import {
  ExtensionMotionResponseDoc,
  GrantExtensionMotionResponseDoc,
} from './dto/order.response-doc';

@ApiTags('orders')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/orders/:orderId/extension-motions')
export class ExtensionMotionsController {
  constructor(private readonly motions: ExtensionMotionsService) {}

  @Post()
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: ExtensionMotionResponseDoc })
  @ApiStateConflict(
    'The order is dissolved, extended or superseded, or a motion is already pending.',
  )
  file(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('orderId', ParseUuidPipe) orderId: string,
    @Body() dto: CreateExtensionMotionDto,
  ): Promise<ExtensionMotionResponse> {
    return this.motions.file(actor, caseId, orderId, dto);
  }

  @Post(':motionId/grant')
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: GrantExtensionMotionResponseDoc })
  @ApiStateConflict(
    'The motion is already decided, the order kind is not extended on a motion, or the motion was not filed in time (R11, R25, R33).',
  )
  grant(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('orderId', ParseUuidPipe) orderId: string,
    @Param('motionId', ParseUuidPipe) motionId: string,
    @Body() dto: GrantExtensionMotionDto,
  ): Promise<GrantExtensionMotionResponse> {
    return this.motions.grant(actor, { caseId, orderId, motionId }, dto);
  }

  @Post(':motionId/deny')
  @HttpCode(200)
  @RequirePermission('case:write')
  @ApiOkResponse({ type: ExtensionMotionResponseDoc })
  @ApiStateConflict('The motion is already decided.')
  deny(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('orderId', ParseUuidPipe) orderId: string,
    @Param('motionId', ParseUuidPipe) motionId: string,
    @Body() dto: DenyExtensionMotionDto,
  ): Promise<ExtensionMotionResponse> {
    return this.motions.deny(actor, { caseId, orderId, motionId }, dto);
  }
}

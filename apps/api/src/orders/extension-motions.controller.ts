import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';

import type { ExtensionMotionResponse, GrantExtensionMotionResponse } from '@haven/contracts';

import type { Actor } from '@api/auth/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { CreateExtensionMotionDto } from './dto/create-extension-motion.dto';
import { DenyExtensionMotionDto } from './dto/deny-extension-motion.dto';
import { GrantExtensionMotionDto } from './dto/grant-extension-motion.dto';
import { ExtensionMotionsService } from './extension-motions.service';

@Controller('cases/:caseId/orders/:orderId/extension-motions')
export class ExtensionMotionsController {
  constructor(private readonly motions: ExtensionMotionsService) {}

  @Post()
  @RequirePermission('case:write')
  file(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Body() dto: CreateExtensionMotionDto,
  ): Promise<ExtensionMotionResponse> {
    return this.motions.file(actor, caseId, orderId, dto);
  }

  @Post(':motionId/grant')
  @RequirePermission('case:write')
  grant(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Param('motionId', ParseUUIDPipe) motionId: string,
    @Body() dto: GrantExtensionMotionDto,
  ): Promise<GrantExtensionMotionResponse> {
    return this.motions.grant(actor, { caseId, orderId, motionId }, dto);
  }

  @Post(':motionId/deny')
  @HttpCode(200)
  @RequirePermission('case:write')
  deny(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Param('motionId', ParseUUIDPipe) motionId: string,
    @Body() dto: DenyExtensionMotionDto,
  ): Promise<ExtensionMotionResponse> {
    return this.motions.deny(actor, { caseId, orderId, motionId }, dto);
  }
}

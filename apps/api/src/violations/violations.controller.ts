import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';

import type { ViolationListResponse, ViolationResponse } from '@haven/contracts';

import type { Actor } from '@api/auth/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { CreateViolationDto } from './dto/create-violation.dto';
import { ViolationsService } from './violations.service';

@Controller('cases/:caseId/violations')
export class ViolationsController {
  constructor(private readonly violations: ViolationsService) {}

  @Post()
  @RequirePermission('case:write')
  record(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: CreateViolationDto,
  ): Promise<ViolationResponse> {
    return this.violations.record(actor, caseId, dto);
  }

  @Get()
  @RequirePermission('case:read')
  list(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUUIDPipe) caseId: string,
  ): Promise<ViolationListResponse> {
    return this.violations.list(actor, caseId);
  }

  @Get(':violationId')
  @RequirePermission('case:read')
  get(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('violationId', ParseUUIDPipe) violationId: string,
  ): Promise<ViolationResponse> {
    return this.violations.get(actor, caseId, violationId);
  }
}

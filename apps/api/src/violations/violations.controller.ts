import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { ViolationListResponse, ViolationResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { CreateViolationDto } from './dto/create-violation.dto';
import { ViolationsService } from './violations.service';
import { ViolationListResponseDoc, ViolationResponseDoc } from './dto/violation.response-doc';

@ApiTags('violations')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/violations')
export class ViolationsController {
  constructor(private readonly violations: ViolationsService) {}

  @Post()
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: ViolationResponseDoc })
  record(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: CreateViolationDto,
  ): Promise<ViolationResponse> {
    return this.violations.record(actor, caseId, dto);
  }

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: ViolationListResponseDoc })
  list(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<ViolationListResponse> {
    return this.violations.list(actor, caseId);
  }

  @Get(':violationId')
  @RequirePermission('case:read')
  @ApiOkResponse({ type: ViolationResponseDoc })
  get(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('violationId', ParseUuidPipe) violationId: string,
  ): Promise<ViolationResponse> {
    return this.violations.get(actor, caseId, violationId);
  }
}

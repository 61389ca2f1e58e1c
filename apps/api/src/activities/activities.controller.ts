import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { ServiceActivityListResponse, ServiceActivityResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { ActivitiesService } from './activities.service';
import { CreateServiceActivityDto } from './dto/create-service-activity.dto';
import {
  ServiceActivityListResponseDoc,
  ServiceActivityResponseDoc,
} from './dto/service-activity.response-doc';

@ApiTags('activities')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: ServiceActivityListResponseDoc })
  list(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<ServiceActivityListResponse> {
    return this.activities.list(actor, caseId);
  }

  @Post()
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: ServiceActivityResponseDoc })
  create(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: CreateServiceActivityDto,
  ): Promise<ServiceActivityResponse> {
    return this.activities.record(actor, caseId, dto);
  }
}

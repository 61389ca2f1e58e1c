import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { IntakeDeclineResponse, ReportFactsResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { CreateIntakeDeclineDto, SaveReportFactsDto } from './dto/report-facts.dto';
import { IntakeDeclineResponseDoc, ReportFactsResponseDoc } from './dto/report-facts.response-doc';
import { IntakeDeclinesService } from './intake-declines.service';
import { ReportFactsService } from './report-facts.service';

@ApiTags('report-facts')
@ApiInvalidInput()
@Controller()
export class ReportFactsController {
  constructor(
    private readonly facts: ReportFactsService,
    private readonly declines: IntakeDeclinesService,
  ) {}

  @Get('cases/:caseId/report-facts')
  @RequirePermission('case:read')
  @ApiOkResponse({ type: ReportFactsResponseDoc })
  @ApiNotFoundInOrganisation()
  get(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<ReportFactsResponse> {
    return this.facts.get(actor, caseId);
  }

  @Put('cases/:caseId/report-facts')
  @RequirePermission('case:write')
  @ApiOkResponse({ type: ReportFactsResponseDoc })
  @ApiNotFoundInOrganisation()
  save(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: SaveReportFactsDto,
  ): Promise<ReportFactsResponse> {
    return this.facts.save(actor, caseId, dto);
  }

  // Whoever takes an intake may record that it was turned away: no case is opened for it.
  @Post('intake-declines')
  @RequirePermission('case:create')
  @ApiCreatedResponse({ type: IntakeDeclineResponseDoc })
  decline(
    @CurrentUser() actor: Actor,
    @Body() dto: CreateIntakeDeclineDto,
  ): Promise<IntakeDeclineResponse> {
    return this.declines.decline(actor, dto);
  }
}

import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { HearingContinuanceResponse, HearingResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
  ApiStateConflict,
} from '@api/common/decorators/api-error-responses.decorator';

import { ContinueHearingDto } from './dto/continue-hearing.dto';
import { RecordHearingOutcomeDto } from './dto/record-hearing-outcome.dto';
import { ScheduleHearingDto } from './dto/schedule-hearing.dto';
import { HearingsService } from './hearings.service';
import { HearingContinuanceResponseDoc, HearingResponseDoc } from './dto/hearing.response-doc';

@ApiTags('hearings')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/hearings')
export class HearingsController {
  constructor(private readonly hearings: HearingsService) {}

  @Post()
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: HearingResponseDoc })
  schedule(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: ScheduleHearingDto,
  ): Promise<HearingResponse> {
    return this.hearings.schedule(actor, caseId, dto);
  }

  @Post(':hearingId/outcome')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('case:write')
  @ApiOkResponse({ type: HearingResponseDoc })
  @ApiStateConflict('The hearing already has an outcome (HEARING_ALREADY_CLOSED).')
  recordOutcome(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('hearingId', ParseUuidPipe) hearingId: string,
    @Body() dto: RecordHearingOutcomeDto,
  ): Promise<HearingResponse> {
    return this.hearings.recordOutcome(actor, caseId, hearingId, dto);
  }

  @Post(':hearingId/continuance')
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: HearingContinuanceResponseDoc })
  @ApiStateConflict('The hearing already has an outcome (HEARING_ALREADY_CLOSED).')
  continueHearing(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('hearingId', ParseUuidPipe) hearingId: string,
    @Body() dto: ContinueHearingDto,
  ): Promise<HearingContinuanceResponse> {
    return this.hearings.continueHearing(actor, caseId, hearingId, dto);
  }

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: [HearingResponseDoc] })
  list(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<HearingResponse[]> {
    return this.hearings.list(actor, caseId);
  }
}

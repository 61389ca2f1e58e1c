import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type {
  RecordServiceAttemptResponse,
  RevealServiceNotesResponse,
  ServiceAttemptResponse,
} from '@haven/contracts';

import { RequireStepUp } from '@api/auth/step-up/require-step-up.decorator';
import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { RecordServiceAttemptDto } from './dto/record-service-attempt.dto';
import { RevealServiceNotesDto } from './dto/reveal-service-notes.dto';
import { ServiceAttemptsService } from './service-attempts.service';
import { ServiceNotesService } from './service-notes.service';
import {
  RecordServiceAttemptResponseDoc,
  RevealServiceNotesResponseDoc,
  ServiceAttemptResponseDoc,
} from './dto/service-attempt.response-doc';

@ApiTags('service-attempts')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/service-attempts')
export class ServiceAttemptsController {
  constructor(
    private readonly attempts: ServiceAttemptsService,
    private readonly notes: ServiceNotesService,
  ) {}

  @Post()
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: RecordServiceAttemptResponseDoc })
  record(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: RecordServiceAttemptDto,
  ): Promise<RecordServiceAttemptResponse> {
    return this.attempts.record(actor, caseId, dto);
  }

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: [ServiceAttemptResponseDoc] })
  list(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<ServiceAttemptResponse[]> {
    return this.attempts.list(actor, caseId);
  }

  @Post(':attemptId/notes/reveal')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('case:reveal_confidential')
  @RequireStepUp()
  @ApiOperation({ summary: "Reveal an attempt's notes (audited)." })
  @ApiOkResponse({ type: RevealServiceNotesResponseDoc })
  revealNotes(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('attemptId', ParseUuidPipe) attemptId: string,
    @Body() dto: RevealServiceNotesDto,
  ): Promise<RevealServiceNotesResponse> {
    return this.notes.reveal(actor, caseId, attemptId, dto);
  }
}

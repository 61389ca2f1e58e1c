import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { RespondentMoveResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { RecordRespondentMoveDto } from './dto/record-respondent-move.dto';
import { RespondentMoveResponseDoc } from './dto/respondent-move.response-doc';
import { RespondentMovesService } from './respondent-moves.service';

@ApiTags('respondent-moves')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/respondent-moves')
export class RespondentMovesController {
  constructor(private readonly moves: RespondentMovesService) {}

  @Post()
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: RespondentMoveResponseDoc })
  record(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: RecordRespondentMoveDto,
  ): Promise<RespondentMoveResponse> {
    return this.moves.record(actor, caseId, dto);
  }

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: [RespondentMoveResponseDoc] })
  list(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<RespondentMoveResponse[]> {
    return this.moves.list(actor, caseId);
  }
}

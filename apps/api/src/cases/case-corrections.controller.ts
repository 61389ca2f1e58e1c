import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { CorrectionResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { CorrectionResponseDoc } from '@api/common/openapi/correction.response-doc';

import { CaseCorrectionsService } from './case-corrections.service';
import {
  CorrectClientDto,
  CorrectIntakeDto,
  CorrectRespondentDto,
} from './dto/correct-parties.dto';

const CONFIDENTIAL_FORBIDDEN =
  'A confidential field in the body, from a role that may not reveal confidential fields (CONFIDENTIAL_CORRECTION_FORBIDDEN).';

@ApiTags('cases')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId')
export class CaseCorrectionsController {
  constructor(private readonly corrections: CaseCorrectionsService) {}

  @Patch('client')
  @RequirePermission('case:write')
  @ApiOkResponse({ type: CorrectionResponseDoc })
  @ApiForbiddenResponse({ description: CONFIDENTIAL_FORBIDDEN })
  correctClient(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: CorrectClientDto,
  ): Promise<CorrectionResponse> {
    return this.corrections.correctClient(actor, caseId, dto);
  }

  @Patch('respondent')
  @RequirePermission('case:write')
  @ApiOkResponse({ type: CorrectionResponseDoc })
  @ApiForbiddenResponse({ description: CONFIDENTIAL_FORBIDDEN })
  correctRespondent(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: CorrectRespondentDto,
  ): Promise<CorrectionResponse> {
    return this.corrections.correctRespondent(actor, caseId, dto);
  }

  @Patch('intake')
  @RequirePermission('case:write')
  @ApiOkResponse({ type: CorrectionResponseDoc })
  correctIntake(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: CorrectIntakeDto,
  ): Promise<CorrectionResponse> {
    return this.corrections.correctIntake(actor, caseId, dto);
  }
}

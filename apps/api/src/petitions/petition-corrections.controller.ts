import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

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

import { CorrectPetitionDto } from './dto/correct-petition.dto';
import { PetitionCorrectionsService } from './petition-corrections.service';

@ApiTags('petitions')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/petitions')
export class PetitionCorrectionsController {
  constructor(private readonly corrections: PetitionCorrectionsService) {}

  @Patch(':petitionId')
  @RequirePermission('case:write')
  @ApiOkResponse({ type: CorrectionResponseDoc })
  correct(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('petitionId', ParseUuidPipe) petitionId: string,
    @Body() dto: CorrectPetitionDto,
  ): Promise<CorrectionResponse> {
    return this.corrections.correct(actor, caseId, petitionId, dto);
  }
}

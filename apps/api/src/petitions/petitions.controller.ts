import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { PetitionResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { CreatePetitionDto } from './dto/create-petition.dto';
import { PetitionsService } from './petitions.service';
import { PetitionResponseDoc } from './dto/petition.response-doc';

@ApiTags('petitions')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/petitions')
export class PetitionsController {
  constructor(private readonly petitions: PetitionsService) {}

  @Post()
  @RequirePermission('case:write')
  @ApiCreatedResponse({ type: PetitionResponseDoc })
  file(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: CreatePetitionDto,
  ): Promise<PetitionResponse> {
    return this.petitions.file(actor, caseId, dto);
  }

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: [PetitionResponseDoc] })
  list(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<PetitionResponse[]> {
    return this.petitions.list(actor, caseId);
  }
}

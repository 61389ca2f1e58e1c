import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { FundingSourceListResponse, FundingSourceResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
  ApiStateConflict,
} from '@api/common/decorators/api-error-responses.decorator';

import {
  FundingSourceListResponseDoc,
  FundingSourceResponseDoc,
} from './dto/funding-source.response-doc';
import { SaveFundingSourceDto } from './dto/save-funding-source.dto';
import { FundingSourcesService } from './funding-sources.service';

@ApiTags('funding-sources')
@ApiInvalidInput()
@Controller('funding-sources')
export class FundingSourcesController {
  constructor(private readonly sources: FundingSourcesService) {}

  // Every signed-in role picks sources on cases and activities; only settings managers change them.
  @Get()
  @RequirePermission('session:read')
  @ApiOkResponse({ type: FundingSourceListResponseDoc })
  list(@CurrentUser() actor: Actor): Promise<FundingSourceListResponse> {
    return this.sources.list(actor);
  }

  @Post()
  @RequirePermission('settings:manage')
  @ApiCreatedResponse({ type: FundingSourceResponseDoc })
  @ApiStateConflict('Another funding source has this name (FUNDING_SOURCE_NAME_TAKEN).')
  create(
    @CurrentUser() actor: Actor,
    @Body() dto: SaveFundingSourceDto,
  ): Promise<FundingSourceResponse> {
    return this.sources.create(actor, dto);
  }

  @Put(':fundingSourceId')
  @RequirePermission('settings:manage')
  @ApiOkResponse({ type: FundingSourceResponseDoc })
  @ApiNotFoundInOrganisation()
  @ApiStateConflict('Another funding source has this name (FUNDING_SOURCE_NAME_TAKEN).')
  update(
    @CurrentUser() actor: Actor,
    @Param('fundingSourceId', ParseUuidPipe) id: string,
    @Body() dto: SaveFundingSourceDto,
  ): Promise<FundingSourceResponse> {
    return this.sources.update(actor, id, dto);
  }
}

import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type {
  CourtClosureCreatedResponse,
  CourtClosureDeletedResponse,
  CourtClosureListResponse,
} from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
  ApiStateConflict,
} from '@api/common/decorators/api-error-responses.decorator';

import { CourtClosuresService } from './court-closures.service';
import { CreateCourtClosureDto } from './dto/create-court-closure.dto';
import { ListCourtClosuresQueryDto } from './dto/list-court-closures.query';
import {
  CourtClosureCreatedResponseDoc,
  CourtClosureDeletedResponseDoc,
  CourtClosureListResponseDoc,
} from './dto/court-closure.response-doc';

@ApiTags('court-closures')
@ApiInvalidInput()
@Controller('court-closures')
export class CourtClosuresController {
  constructor(private readonly closures: CourtClosuresService) {}

  @Get()
  @RequirePermission('closure:manage')
  @ApiOkResponse({ type: CourtClosureListResponseDoc })
  list(
    @CurrentUser() actor: Actor,
    @Query() query: ListCourtClosuresQueryDto,
  ): Promise<CourtClosureListResponse> {
    return this.closures.list(actor, query);
  }

  @Post()
  @RequirePermission('closure:manage')
  @ApiCreatedResponse({ type: CourtClosureCreatedResponseDoc })
  @ApiStateConflict(
    'With this change an open case would no longer agree with the rules (CLOSURE_CONFLICTS_WITH_CASE); nothing was changed.',
  )
  create(
    @CurrentUser() actor: Actor,
    @Body() dto: CreateCourtClosureDto,
  ): Promise<CourtClosureCreatedResponse> {
    return this.closures.create(actor, dto);
  }

  @Delete(':closureId')
  @RequirePermission('closure:manage')
  @ApiOkResponse({ type: CourtClosureDeletedResponseDoc })
  @ApiNotFoundInOrganisation()
  @ApiStateConflict(
    'With this change an open case would no longer agree with the rules (CLOSURE_CONFLICTS_WITH_CASE); nothing was changed.',
  )
  remove(
    @CurrentUser() actor: Actor,
    @Param('closureId', ParseUuidPipe) closureId: string,
  ): Promise<CourtClosureDeletedResponse> {
    return this.closures.remove(actor, closureId);
  }
}

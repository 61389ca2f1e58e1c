import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type {
  CourtDirectoryResponse,
  CourtLocalityResponse,
  CourtResponse,
} from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
  ApiStateConflict,
} from '@api/common/decorators/api-error-responses.decorator';

import { CourtsService } from './courts.service';
import { CreateCourtDto, UpdateCourtDto, UpdateCourtLocalityDto } from './dto/court.dto';
import {
  CourtDirectoryResponseDoc,
  CourtLocalityResponseDoc,
  CourtResponseDoc,
} from './dto/court.response-doc';

@ApiTags('courts')
@ApiInvalidInput()
@Controller('courts')
export class CourtsController {
  constructor(private readonly courts: CourtsService) {}

  @Get()
  @RequirePermission('session:read')
  @ApiOkResponse({ type: CourtDirectoryResponseDoc })
  list(): Promise<CourtDirectoryResponse> {
    return this.courts.list();
  }

  @Post()
  @RequirePermission('court:manage')
  @ApiCreatedResponse({ type: CourtResponseDoc })
  @ApiStateConflict(
    'A court with this id exists (COURT_EXISTS), or another court of the directory has this name (COURT_NAME_EXISTS).',
  )
  create(@CurrentUser() actor: Actor, @Body() dto: CreateCourtDto): Promise<CourtResponse> {
    return this.courts.create(actor, dto);
  }

  @Patch('localities/:localityId')
  @RequirePermission('court:manage')
  @ApiOkResponse({ type: CourtLocalityResponseDoc })
  @ApiNotFoundInOrganisation()
  updateLocality(
    @CurrentUser() actor: Actor,
    @Param('localityId') localityId: string,
    @Body() dto: UpdateCourtLocalityDto,
  ): Promise<CourtLocalityResponse> {
    return this.courts.updateLocality(actor, localityId, dto);
  }

  @Patch(':courtId')
  @RequirePermission('court:manage')
  @ApiOkResponse({ type: CourtResponseDoc })
  @ApiStateConflict('Another court of the directory has this name (COURT_NAME_EXISTS).')
  @ApiNotFoundInOrganisation()
  update(
    @CurrentUser() actor: Actor,
    @Param('courtId') courtId: string,
    @Body() dto: UpdateCourtDto,
  ): Promise<CourtResponse> {
    return this.courts.update(actor, courtId, dto);
  }
}

import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { CaseRetentionResponse, RetentionSettingsResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
  ApiStateConflict,
} from '@api/common/decorators/api-error-responses.decorator';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';

import { PlaceLegalHoldDto } from './dto/place-legal-hold.dto';
import {
  CaseRetentionResponseDoc,
  RetentionSettingsResponseDoc,
} from './dto/retention.response-doc';
import { UpdateRetentionSettingsDto } from './dto/update-retention-settings.dto';
import { LegalHoldService } from './legal-hold.service';
import { RetentionSettingsService } from './retention-settings.service';

@ApiTags('retention')
@Controller()
export class RetentionController {
  constructor(
    private readonly settings: RetentionSettingsService,
    private readonly holds: LegalHoldService,
  ) {}

  @Get('settings/retention')
  @RequirePermission('settings:manage')
  @ApiOkResponse({ type: RetentionSettingsResponseDoc })
  getSettings(@CurrentUser() actor: Actor): Promise<RetentionSettingsResponse> {
    return this.settings.get(actor);
  }

  @Put('settings/retention')
  @RequirePermission('settings:manage')
  @ApiInvalidInput()
  @ApiOkResponse({ type: RetentionSettingsResponseDoc })
  updateSettings(
    @CurrentUser() actor: Actor,
    @Body() dto: UpdateRetentionSettingsDto,
  ): Promise<RetentionSettingsResponse> {
    return this.settings.update(actor, dto);
  }

  @Get('cases/:caseId/retention')
  @RequirePermission('case:read')
  @ApiInvalidInput()
  @ApiOkResponse({ type: CaseRetentionResponseDoc })
  @ApiNotFoundInOrganisation()
  getCase(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<CaseRetentionResponse> {
    return this.holds.get(actor, caseId);
  }

  @Put('cases/:caseId/legal-hold')
  @RequirePermission('case:legal_hold')
  @ApiInvalidInput()
  @ApiOkResponse({ type: CaseRetentionResponseDoc })
  @ApiNotFoundInOrganisation()
  @ApiStateConflict('The case was already purged (CASE_PURGED).')
  placeHold(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: PlaceLegalHoldDto,
  ): Promise<CaseRetentionResponse> {
    return this.holds.place(actor, caseId, dto);
  }

  @Delete('cases/:caseId/legal-hold')
  @RequirePermission('case:legal_hold')
  @ApiInvalidInput()
  @ApiOkResponse({ type: CaseRetentionResponseDoc })
  @ApiNotFoundInOrganisation()
  removeHold(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<CaseRetentionResponse> {
    return this.holds.remove(actor, caseId);
  }
}

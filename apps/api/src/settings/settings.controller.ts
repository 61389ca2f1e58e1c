import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { FollowupSettingsResponse, FollowupSettingsUpdatedResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { ApiInvalidInput } from '@api/common/decorators/api-error-responses.decorator';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import {
  FollowupSettingsResponseDoc,
  FollowupSettingsUpdatedResponseDoc,
} from './dto/followup-settings.response-doc';
import { UpdateFollowupSettingsDto } from './dto/update-followup-settings.dto';
import { FollowupSettingsService } from './followup-settings.service';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly followups: FollowupSettingsService) {}

  /** Anyone signed in may see the lead times their tasks follow. */
  @Get('followups')
  @RequirePermission('session:read')
  @ApiOkResponse({ type: FollowupSettingsResponseDoc })
  getFollowups(@CurrentUser() actor: Actor): Promise<FollowupSettingsResponse> {
    return this.followups.get(actor);
  }

  @Put('followups')
  @RequirePermission('settings:manage')
  @ApiInvalidInput()
  @ApiOkResponse({ type: FollowupSettingsUpdatedResponseDoc })
  updateFollowups(
    @CurrentUser() actor: Actor,
    @Body() dto: UpdateFollowupSettingsDto,
  ): Promise<FollowupSettingsUpdatedResponse> {
    return this.followups.update(actor, dto);
  }
}

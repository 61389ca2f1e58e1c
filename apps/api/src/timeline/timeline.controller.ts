import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { TimelineResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { TimelineService } from './timeline.service';
import { TimelineResponseDoc } from './dto/timeline.response-doc';

@ApiTags('cases')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: TimelineResponseDoc })
  get(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<TimelineResponse> {
    return this.timeline.get(actor, caseId);
  }
}

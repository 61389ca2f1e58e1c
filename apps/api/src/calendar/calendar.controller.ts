import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { CalendarResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ApiInvalidInput } from '@api/common/decorators/api-error-responses.decorator';

import { CalendarService } from './calendar.service';
import { CalendarQueryDto } from './dto/calendar.query';
import { CalendarResponseDoc } from './dto/calendar.response-doc';

@ApiTags('calendar')
@ApiInvalidInput()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: CalendarResponseDoc })
  range(@CurrentUser() actor: Actor, @Query() query: CalendarQueryDto): Promise<CalendarResponse> {
    return this.calendar.range(actor, query);
  }
}

import { Controller, Get, Query } from '@nestjs/common';

import type { CalendarResponse } from '@haven/contracts';

import type { Actor } from '@api/auth/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { CalendarService } from './calendar.service';
import { CalendarQueryDto } from './dto/calendar.query';

@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @RequirePermission('case:read')
  range(@CurrentUser() actor: Actor, @Query() query: CalendarQueryDto): Promise<CalendarResponse> {
    return this.calendar.range(actor, query);
  }
}

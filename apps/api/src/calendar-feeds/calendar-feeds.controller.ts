import { Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';

import type { CalendarFeedListResponse, CreatedCalendarFeed } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { Public } from '@api/common/decorators/public.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';

import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarFeedListDoc, CreatedCalendarFeedDoc } from './dto/calendar-feed.response-doc';

@ApiTags('calendar')
@Controller('calendar-feeds')
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Post()
  @RequirePermission('case:read')
  @ApiOperation({ summary: 'Create a secret calendar feed; its URL is shown only in this answer.' })
  @ApiCreatedResponse({ type: CreatedCalendarFeedDoc })
  create(@CurrentUser() actor: Actor): Promise<CreatedCalendarFeed> {
    return this.feeds.create(actor);
  }

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: CalendarFeedListDoc })
  list(@CurrentUser() actor: Actor): Promise<CalendarFeedListResponse> {
    return this.feeds.list(actor);
  }

  @Delete(':feedId')
  @HttpCode(204)
  @RequirePermission('case:read')
  @ApiInvalidInput()
  @ApiNotFoundInOrganisation()
  @ApiNoContentResponse({ description: 'Revoked: the URL answers 404 from now on.' })
  revoke(
    @CurrentUser() actor: Actor,
    @Param('feedId', ParseUuidPipe) feedId: string,
  ): Promise<void> {
    return this.feeds.revoke(actor, feedId);
  }
}

/** The feed a calendar app polls: no session, the secret token in the path (never the query). */
@ApiTags('calendar')
@Controller('calendar-feed')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get(':file')
  @Public()
  @ApiOperation({ summary: "A user's iCalendar feed (case references and event kinds only)." })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'An RFC 5545 calendar.',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  // 400 only from the edge (a path that is not valid percent-encoded UTF-8 or has control characters).
  @ApiBadRequestResponse({ description: 'The path could not be read as sent.' })
  @ApiNotFoundResponse({
    description: 'Unknown, malformed or revoked token, or a user without access: all alike.',
  })
  async feed(
    @Param('file') file: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    // Set before the work, so a 404 is not cached either.
    res.setHeader('Cache-Control', 'private, no-store');
    const body = await this.feeds.render(file);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    return body;
  }
}

import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  CalendarFeedListResponse,
  CalendarFeedSummary,
  CreatedCalendarFeed,
} from '@haven/contracts';

import { UUID_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({ name: 'CalendarFeedSummary', description: 'A live calendar feed (no token).' })
export class CalendarFeedSummaryDoc implements CalendarFeedSummary {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt!: string | null;
}

@ApiSchema({
  name: 'CreatedCalendarFeed',
  description: 'A new feed. Its path holds the secret token and is shown only in this answer.',
})
export class CreatedCalendarFeedDoc extends CalendarFeedSummaryDoc implements CreatedCalendarFeed {
  @ApiProperty({ example: '/api/calendar-feed/<token>.ics' }) path!: string;
}

@ApiSchema({ name: 'CalendarFeedList' })
export class CalendarFeedListDoc implements CalendarFeedListResponse {
  @ApiProperty({ type: [CalendarFeedSummaryDoc] }) feeds!: CalendarFeedSummaryDoc[];
}

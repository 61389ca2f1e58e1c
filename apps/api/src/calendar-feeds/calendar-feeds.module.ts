import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';

import { CalendarFeedController, CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsRepository } from './calendar-feeds.repository';
import { CalendarFeedsService } from './calendar-feeds.service';
import { FeedEventsReader } from './feed-events.reader';

/** Secret iCalendar feeds per user (security-checks E4); a read model beside the calendar screen. */
@Module({
  imports: [AuditModule],
  controllers: [CalendarFeedsController, CalendarFeedController],
  providers: [CalendarFeedsRepository, CalendarFeedsService, FeedEventsReader],
})
export class CalendarFeedsModule {}

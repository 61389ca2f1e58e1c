/** One of a user's secret calendar feeds, as listed (the token itself is never shown again). */
export interface CalendarFeedSummary {
  id: string;
  /** ISO instant. */
  createdAt: string;
  /** ISO instant of the last calendar fetch, or null if none yet. */
  lastUsedAt: string | null;
}

/** A new feed: its URL (holding the secret token) is shown this once. */
export interface CreatedCalendarFeed extends CalendarFeedSummary {
  /** Path of the feed on this server, e.g. `/api/calendar-feed/<token>.ics`. */
  path: string;
}

/** The user's live feeds, newest first. */
export interface CalendarFeedListResponse {
  feeds: CalendarFeedSummary[];
}

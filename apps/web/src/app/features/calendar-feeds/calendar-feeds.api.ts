import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { CalendarFeedListResponse, CreatedCalendarFeed } from '@haven/contracts';

@Injectable({ providedIn: 'root' })
export class CalendarFeedsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<CalendarFeedListResponse> {
    return this.http.get<CalendarFeedListResponse>('/api/calendar-feeds');
  }

  /** A new feed; its path (with the secret token) comes only in this answer. */
  create(): Observable<CreatedCalendarFeed> {
    return this.http.post<CreatedCalendarFeed>('/api/calendar-feeds', {});
  }

  revoke(id: string): Observable<void> {
    return this.http.delete<void>(`/api/calendar-feeds/${id}`);
  }
}

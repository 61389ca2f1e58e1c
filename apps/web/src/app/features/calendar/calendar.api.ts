import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

// TODO(#7): import CalendarResponse from @haven/contracts once libs/contracts/src/calendar.ts lands;
// this mirrors the shape agreed for GET /api/calendar.
/** What a calendar entry is. */
export type CalendarItemKind = 'hearing' | 'order_expiry' | 'file_by' | 'deadline';

/** One hearing, expiry or deadline on one day. */
export interface CalendarItem {
  date: string;
  time: string | null;
  kind: CalendarItemKind;
  caseId: string;
  caseReference: string;
  title: string;
  ruleId: string | null;
  citation: string | null;
}

/** GET /api/calendar?from&to. */
export interface CalendarResponse {
  items: CalendarItem[];
}

@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly http = inject(HttpClient);

  /** Hearings, order expiries and filing deadlines of the caller's cases, `from`–`to` inclusive. */
  range(from: string, to: string): Observable<CalendarResponse> {
    const params = new HttpParams().set('from', from).set('to', to);
    return this.http.get<CalendarResponse>('/api/calendar', { params });
  }
}

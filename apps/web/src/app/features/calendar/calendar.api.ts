import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { CalendarResponse } from '@haven/contracts';

@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly http = inject(HttpClient);

  /**
   * Hearings, order expiries and filing deadlines of the caller's cases, `from`–`to` inclusive;
   * with `advocateId`, of that person's assigned cases only.
   */
  range(from: string, to: string, advocateId: string | null = null): Observable<CalendarResponse> {
    let params = new HttpParams().set('from', from).set('to', to);
    if (advocateId !== null) params = params.set('advocateId', advocateId);
    return this.http.get<CalendarResponse>('/api/calendar', { params });
  }
}

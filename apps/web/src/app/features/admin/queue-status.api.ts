import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { QueueJobState, QueueStatusResponse } from '@haven/contracts';

/** The admin's read of the organisation's follow-up queue (GET /api/admin/queues). */
@Injectable({ providedIn: 'root' })
export class QueueStatusApi {
  private readonly http = inject(HttpClient);

  status(state: QueueJobState | null, limit = 50): Observable<QueueStatusResponse> {
    let params = new HttpParams().set('limit', limit);
    if (state) {
      params = params.set('state', state);
    }
    return this.http.get<QueueStatusResponse>('/api/admin/queues', { params });
  }
}

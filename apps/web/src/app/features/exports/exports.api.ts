import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  BreachScopeResponse,
  CreateExportRequest,
  ExportListResponse,
  ExportResponse,
} from '@haven/contracts';

@Injectable({ providedIn: 'root' })
export class ExportsApi {
  private readonly http = inject(HttpClient);

  /** Queues an export; 202 with its status. Confidential columns may first ask for a fresh factor. */
  create(body: CreateExportRequest): Observable<ExportResponse> {
    return this.http.post<ExportResponse>('/api/exports', body);
  }

  get(id: string): Observable<ExportResponse> {
    return this.http.get<ExportResponse>(`/api/exports/${encodeURIComponent(id)}`);
  }

  list(): Observable<ExportListResponse> {
    return this.http.get<ExportListResponse>('/api/exports');
  }

  /** Admins: the clients a user revealed or exported in [from, to) (audited by the API). */
  breachScope(userId: string, from: string, to: string): Observable<BreachScopeResponse> {
    return this.http.get<BreachScopeResponse>('/api/breach-scope', {
      params: { userId, from, to },
    });
  }
}

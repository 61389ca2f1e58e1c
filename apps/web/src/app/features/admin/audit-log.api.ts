import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { AuditPageResponse, AuditVerifyResponse } from '@haven/contracts';

/** The audit view's filters; empty ones are left out of the request. */
export interface AuditFilters {
  action: string;
  userId: string;
  from: string;
  to: string;
  caseReference: string;
}

/** The admins' audit trail (GET /api/admin/audit) and its chain check. */
@Injectable({ providedIn: 'root' })
export class AuditLogApi {
  private readonly http = inject(HttpClient);

  page(filters: AuditFilters, cursor: string | null): Observable<AuditPageResponse> {
    let params = new HttpParams().set('limit', 50);
    for (const [key, value] of Object.entries(filters) as Array<[string, string]>) {
      if (value.trim()) params = params.set(key, value.trim());
    }
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<AuditPageResponse>('/api/admin/audit', { params });
  }

  verify(): Observable<AuditVerifyResponse> {
    return this.http.post<AuditVerifyResponse>('/api/admin/audit/verify', {});
  }
}

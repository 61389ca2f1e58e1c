import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { CaseListResponse, CaseSummaryResponse, CreateCaseRequest } from '@haven/contracts';

export const CASELOAD_PAGE_SIZE = 25;

@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  list(cursor: string | null, limit = CASELOAD_PAGE_SIZE): Observable<CaseListResponse> {
    let params = new HttpParams().set('limit', limit);
    if (cursor !== null) {
      params = params.set('cursor', cursor);
    }
    return this.http.get<CaseListResponse>('/api/cases', { params });
  }

  create(body: CreateCaseRequest): Observable<CaseSummaryResponse> {
    return this.http.post<CaseSummaryResponse>('/api/cases', body);
  }
}

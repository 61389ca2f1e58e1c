import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  CaseDetailResponse,
  CaseListResponse,
  CaseSummaryResponse,
  ConflictCheckRequest,
  ConflictCheckResponse,
  CreateCaseRequest,
  RevealRequest,
  RevealResponse,
} from '@haven/contracts';

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

  /** One case with its intake answers, eligibility and deadlines; never a confidential field. */
  get(caseId: string): Observable<CaseDetailResponse> {
    return this.http.get<CaseDetailResponse>(`/api/cases/${encodeURIComponent(caseId)}`);
  }

  /** Opens a case from the intake; 409 CONFLICT_CHECK_HIT unless a supervisor overrides. */
  create(body: CreateCaseRequest): Observable<CaseSummaryResponse> {
    return this.http.post<CaseSummaryResponse>('/api/cases', body);
  }

  conflictCheck(body: ConflictCheckRequest): Observable<ConflictCheckResponse> {
    return this.http.post<ConflictCheckResponse>('/api/cases/conflict-check', body);
  }

  /** One confidential field, for this view only: the caller must not keep it anywhere else. */
  reveal(caseId: string, body: RevealRequest): Observable<RevealResponse> {
    return this.http.post<RevealResponse>(`/api/cases/${encodeURIComponent(caseId)}/reveal`, body);
  }
}

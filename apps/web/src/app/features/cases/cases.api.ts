import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  CaseDetailResponse,
  CaseListQuery,
  CaseListResponse,
  CaseSummaryResponse,
  ConflictCheckRequest,
  ConflictCheckResponse,
  CreateCaseRequest,
  RevealRequest,
  RevealResponse,
} from '@haven/contracts';

export const CASELOAD_PAGE_SIZE = 50;

/** The caseload's filters and sort: GET /api/cases query parameters other than the page. */
export type CaseloadFilter = Omit<CaseListQuery, 'cursor' | 'limit'>;

@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  /**
   * One page of the caseload, filtered and sorted on the server (keyset pagination: pass the
   * previous page's `nextCursor`, with the same filter and sort).
   */
  list(
    cursor: string | null,
    filter: CaseloadFilter = {},
    limit = CASELOAD_PAGE_SIZE,
  ): Observable<CaseListResponse> {
    let params = new HttpParams().set('limit', limit);
    for (const [key, value] of Object.entries(filter) as [keyof CaseloadFilter, unknown][]) {
      if (typeof value === 'string' && value.trim() !== '') {
        params = params.set(key, value.trim());
      }
    }
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

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { CaseRetentionResponse, PlaceLegalHoldRequest } from '@haven/contracts';

/** A case's standing under the retention policy and its legal hold. */
@Injectable({ providedIn: 'root' })
export class RetentionApi {
  private readonly http = inject(HttpClient);

  standing(caseId: string): Observable<CaseRetentionResponse> {
    return this.http.get<CaseRetentionResponse>(`/api/cases/${caseId}/retention`);
  }

  placeHold(caseId: string, body: PlaceLegalHoldRequest): Observable<CaseRetentionResponse> {
    return this.http.put<CaseRetentionResponse>(`/api/cases/${caseId}/legal-hold`, body);
  }

  removeHold(caseId: string): Observable<CaseRetentionResponse> {
    return this.http.delete<CaseRetentionResponse>(`/api/cases/${caseId}/legal-hold`);
  }
}

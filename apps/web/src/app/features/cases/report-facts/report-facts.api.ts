import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  CreateIntakeDeclineRequest,
  CreateServiceActivityRequest,
  FundingSourceListResponse,
  IntakeDeclineResponse,
  ReportFactsResponse,
  SaveReportFactsRequest,
  ServiceActivityListResponse,
  ServiceActivityResponse,
} from '@haven/contracts';

/** What a case records for the funder reports: its facts, its service log, declined intakes. */
@Injectable({ providedIn: 'root' })
export class ReportFactsApi {
  private readonly http = inject(HttpClient);

  fundingSources(): Observable<FundingSourceListResponse> {
    return this.http.get<FundingSourceListResponse>('/api/funding-sources');
  }

  facts(caseId: string): Observable<ReportFactsResponse> {
    return this.http.get<ReportFactsResponse>(`/api/cases/${caseId}/report-facts`);
  }

  saveFacts(caseId: string, body: SaveReportFactsRequest): Observable<ReportFactsResponse> {
    return this.http.put<ReportFactsResponse>(`/api/cases/${caseId}/report-facts`, body);
  }

  activities(caseId: string): Observable<ServiceActivityListResponse> {
    return this.http.get<ServiceActivityListResponse>(`/api/cases/${caseId}/activities`);
  }

  addActivity(
    caseId: string,
    body: CreateServiceActivityRequest,
  ): Observable<ServiceActivityResponse> {
    return this.http.post<ServiceActivityResponse>(`/api/cases/${caseId}/activities`, body);
  }

  decline(body: CreateIntakeDeclineRequest): Observable<IntakeDeclineResponse> {
    return this.http.post<IntakeDeclineResponse>('/api/intake-declines', body);
  }
}

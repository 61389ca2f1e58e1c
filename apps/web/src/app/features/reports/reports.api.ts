import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  ReportDrillQuery,
  ReportDrillResponse,
  ReportListResponse,
  ReportRunResponse,
  RunReportQuery,
} from '@haven/contracts';

function paramsOf(query: RunReportQuery | ReportDrillQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params = params.set(key, String(value));
  }
  return params;
}

/** The reports page's calls: the reports, one run (audited) and a drill-down (audited). */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ReportListResponse> {
    return this.http.get<ReportListResponse>('/api/reports');
  }

  run(query: RunReportQuery): Observable<ReportRunResponse> {
    return this.http.get<ReportRunResponse>('/api/reports/run', { params: paramsOf(query) });
  }

  drill(query: ReportDrillQuery): Observable<ReportDrillResponse> {
    return this.http.get<ReportDrillResponse>('/api/reports/cases', { params: paramsOf(query) });
  }
}

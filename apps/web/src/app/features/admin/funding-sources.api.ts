import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  FundingSourceListResponse,
  FundingSourceResponse,
  SaveFundingSourceRequest,
} from '@haven/contracts';

/** The organisation's funding sources (issue 15): every role lists them, settings managers save. */
@Injectable({ providedIn: 'root' })
export class FundingSourcesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<FundingSourceListResponse> {
    return this.http.get<FundingSourceListResponse>('/api/funding-sources');
  }

  /** 409 FUNDING_SOURCE_NAME_TAKEN names `name`; an end before the start names `endsOn`. */
  create(body: SaveFundingSourceRequest): Observable<FundingSourceResponse> {
    return this.http.post<FundingSourceResponse>('/api/funding-sources', body);
  }

  update(id: string, body: SaveFundingSourceRequest): Observable<FundingSourceResponse> {
    return this.http.put<FundingSourceResponse>(
      `/api/funding-sources/${encodeURIComponent(id)}`,
      body,
    );
  }
}

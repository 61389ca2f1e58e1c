import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { LawChangeReviewsResponse } from '@haven/contracts';

/** The cases whose stored deadlines a law update changed (supervisors). */
@Injectable({ providedIn: 'root' })
export class LawChangesApi {
  private readonly http = inject(HttpClient);

  reviews(): Observable<LawChangeReviewsResponse> {
    return this.http.get<LawChangeReviewsResponse>('/api/board/law-changes');
  }
}

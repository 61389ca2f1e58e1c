import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  AssignAdvocatesRequest,
  CaseSummaryResponse,
  CloseCaseRequest,
  CorrectClientRequest,
  CorrectIntakeRequest,
  CorrectionResponse,
  CorrectOrderRequest,
  CorrectPetitionRequest,
  CorrectRespondentRequest,
  PetitionResponse,
} from '@haven/contracts';

/** Corrections of a case's record, and closing, reopening and assigning it. */
@Injectable({ providedIn: 'root' })
export class CaseCorrectionsApi {
  private readonly http = inject(HttpClient);

  private url(caseId: string, path = ''): string {
    return `/api/cases/${encodeURIComponent(caseId)}${path}`;
  }

  correctClient(caseId: string, body: CorrectClientRequest): Observable<CorrectionResponse> {
    return this.http.patch<CorrectionResponse>(this.url(caseId, '/client'), body);
  }

  correctRespondent(
    caseId: string,
    body: CorrectRespondentRequest,
  ): Observable<CorrectionResponse> {
    return this.http.patch<CorrectionResponse>(this.url(caseId, '/respondent'), body);
  }

  correctIntake(caseId: string, body: CorrectIntakeRequest): Observable<CorrectionResponse> {
    return this.http.patch<CorrectionResponse>(this.url(caseId, '/intake'), body);
  }

  correctOrder(
    caseId: string,
    orderId: string,
    body: CorrectOrderRequest,
  ): Observable<CorrectionResponse> {
    return this.http.patch<CorrectionResponse>(
      this.url(caseId, `/orders/${encodeURIComponent(orderId)}`),
      body,
    );
  }

  correctPetition(
    caseId: string,
    petitionId: string,
    body: CorrectPetitionRequest,
  ): Observable<CorrectionResponse> {
    return this.http.patch<CorrectionResponse>(
      this.url(caseId, `/petitions/${encodeURIComponent(petitionId)}`),
      body,
    );
  }

  petitions(caseId: string): Observable<PetitionResponse[]> {
    return this.http.get<PetitionResponse[]>(this.url(caseId, '/petitions'));
  }

  close(caseId: string, body: CloseCaseRequest): Observable<CaseSummaryResponse> {
    return this.http.post<CaseSummaryResponse>(this.url(caseId, '/close'), body);
  }

  reopen(caseId: string): Observable<CaseSummaryResponse> {
    return this.http.post<CaseSummaryResponse>(this.url(caseId, '/reopen'), {});
  }

  assign(caseId: string, body: AssignAdvocatesRequest): Observable<CaseSummaryResponse> {
    return this.http.put<CaseSummaryResponse>(this.url(caseId, '/advocates'), body);
  }
}

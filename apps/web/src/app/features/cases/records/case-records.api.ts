import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  ContinueHearingRequest,
  CreateExtensionMotionRequest,
  CreateNoteRequest,
  CreateOrderExtensionRequest,
  CreateOrderExtensionResponse,
  CreateOrderRequest,
  CreatePetitionRequest,
  CreateViolationRequest,
  DenyExtensionMotionRequest,
  DissolveOrderRequest,
  ExtensionMotionResponse,
  GrantExtensionMotionRequest,
  GrantExtensionMotionResponse,
  HearingContinuanceResponse,
  HearingResponse,
  NoteBodyResponse,
  NoteListResponse,
  NoteSummaryResponse,
  OrderListResponse,
  OrderResponse,
  PetitionResponse,
  RecordHearingOutcomeRequest,
  RecordRespondentMoveRequest,
  RecordServiceAttemptRequest,
  RecordServiceAttemptResponse,
  RespondentMoveResponse,
  RevealNoteRequest,
  RevealServiceNotesRequest,
  RevealServiceNotesResponse,
  ScheduleHearingRequest,
  ServiceAttemptResponse,
  TaskResponse,
  TimelineResponse,
  ViolationResponse,
} from '@haven/contracts';

/**
 * What happens in a case after intake: its timeline, orders, hearings and notes, and the requests
 * that record each kind of event. Every write answers with the record; the page then reloads the
 * case so the deadlines the API recomputed show at once.
 */
@Injectable({ providedIn: 'root' })
export class CaseRecordsApi {
  private readonly http = inject(HttpClient);

  timeline(caseId: string): Observable<TimelineResponse> {
    return this.http.get<TimelineResponse>(`${base(caseId)}/timeline`);
  }

  orders(caseId: string): Observable<OrderListResponse> {
    return this.http.get<OrderListResponse>(`${base(caseId)}/orders`);
  }

  hearings(caseId: string): Observable<HearingResponse[]> {
    return this.http.get<HearingResponse[]>(`${base(caseId)}/hearings`);
  }

  notes(caseId: string): Observable<NoteListResponse> {
    return this.http.get<NoteListResponse>(`${base(caseId)}/notes`);
  }

  /** A note's body: confidential, audited with the reason, for this view only. */
  revealNote(
    caseId: string,
    noteId: string,
    body: RevealNoteRequest,
  ): Observable<NoteBodyResponse> {
    return this.http.post<NoteBodyResponse>(`${base(caseId)}/notes/${id(noteId)}/reveal`, body);
  }

  addNote(caseId: string, body: CreateNoteRequest): Observable<NoteSummaryResponse> {
    return this.http.post<NoteSummaryResponse>(`${base(caseId)}/notes`, body);
  }

  /** R26a: the respondent moved; the new address is sealed by the API and never returned. */
  recordRespondentMove(
    caseId: string,
    body: RecordRespondentMoveRequest,
  ): Observable<RespondentMoveResponse> {
    return this.http.post<RespondentMoveResponse>(`${base(caseId)}/respondent-moves`, body);
  }

  filePetition(caseId: string, body: CreatePetitionRequest): Observable<PetitionResponse> {
    return this.http.post<PetitionResponse>(`${base(caseId)}/petitions`, body);
  }

  recordOrder(caseId: string, body: CreateOrderRequest): Observable<OrderResponse> {
    return this.http.post<OrderResponse>(`${base(caseId)}/orders`, body);
  }

  serviceAttempts(caseId: string): Observable<ServiceAttemptResponse[]> {
    return this.http.get<ServiceAttemptResponse[]>(`${base(caseId)}/service-attempts`);
  }

  /** An attempt's notes: confidential, audited with the reason, for this view only. */
  revealServiceNotes(
    caseId: string,
    attemptId: string,
    body: RevealServiceNotesRequest,
  ): Observable<RevealServiceNotesResponse> {
    return this.http.post<RevealServiceNotesResponse>(
      `${base(caseId)}/service-attempts/${id(attemptId)}/notes/reveal`,
      body,
    );
  }

  recordServiceAttempt(
    caseId: string,
    body: RecordServiceAttemptRequest,
  ): Observable<RecordServiceAttemptResponse> {
    return this.http.post<RecordServiceAttemptResponse>(`${base(caseId)}/service-attempts`, body);
  }

  dissolveOrder(
    caseId: string,
    orderId: string,
    body: DissolveOrderRequest,
  ): Observable<OrderResponse> {
    return this.http.post<OrderResponse>(`${base(caseId)}/orders/${id(orderId)}/dissolve`, body);
  }

  /** A short extension: the respondent's incapacity (R02) or an unserved respondent (R07, R24). */
  extendOrder(
    caseId: string,
    orderId: string,
    body: CreateOrderExtensionRequest,
  ): Observable<CreateOrderExtensionResponse> {
    return this.http.post<CreateOrderExtensionResponse>(
      `${base(caseId)}/orders/${id(orderId)}/extensions`,
      body,
    );
  }

  scheduleHearing(caseId: string, body: ScheduleHearingRequest): Observable<HearingResponse> {
    return this.http.post<HearingResponse>(`${base(caseId)}/hearings`, body);
  }

  continueHearing(
    caseId: string,
    hearingId: string,
    body: ContinueHearingRequest,
  ): Observable<HearingContinuanceResponse> {
    return this.http.post<HearingContinuanceResponse>(
      `${base(caseId)}/hearings/${id(hearingId)}/continuance`,
      body,
    );
  }

  recordHearingOutcome(
    caseId: string,
    hearingId: string,
    body: RecordHearingOutcomeRequest,
  ): Observable<HearingResponse> {
    return this.http.post<HearingResponse>(
      `${base(caseId)}/hearings/${id(hearingId)}/outcome`,
      body,
    );
  }

  fileExtensionMotion(
    caseId: string,
    orderId: string,
    body: CreateExtensionMotionRequest,
  ): Observable<ExtensionMotionResponse> {
    return this.http.post<ExtensionMotionResponse>(`${motions(caseId, orderId)}`, body);
  }

  grantExtensionMotion(
    caseId: string,
    orderId: string,
    motionId: string,
    body: GrantExtensionMotionRequest,
  ): Observable<GrantExtensionMotionResponse> {
    return this.http.post<GrantExtensionMotionResponse>(
      `${motions(caseId, orderId)}/${id(motionId)}/grant`,
      body,
    );
  }

  denyExtensionMotion(
    caseId: string,
    orderId: string,
    motionId: string,
    body: DenyExtensionMotionRequest,
  ): Observable<ExtensionMotionResponse> {
    return this.http.post<ExtensionMotionResponse>(
      `${motions(caseId, orderId)}/${id(motionId)}/deny`,
      body,
    );
  }

  recordViolation(caseId: string, body: CreateViolationRequest): Observable<ViolationResponse> {
    return this.http.post<ViolationResponse>(`${base(caseId)}/violations`, body);
  }

  completeTask(taskId: string): Observable<TaskResponse> {
    return this.http.post<TaskResponse>(`/api/tasks/${id(taskId)}/complete`, null);
  }
}

function id(value: string): string {
  return encodeURIComponent(value);
}

function base(caseId: string): string {
  return `/api/cases/${id(caseId)}`;
}

function motions(caseId: string, orderId: string): string {
  return `${base(caseId)}/orders/${id(orderId)}/extension-motions`;
}

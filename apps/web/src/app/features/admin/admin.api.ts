import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  CourtClosureCreatedResponse,
  CourtClosureDeletedResponse,
  CourtClosureListResponse,
  CreateCourtClosureRequest,
  CreateUserRequest,
  FollowupSettingsResponse,
  FollowupSettingsUpdatedResponse,
  UpdateFollowupSettingsRequest,
  UpdateUserRequest,
  UserListResponse,
  UserResponse,
} from '@haven/contracts';

/** The admin pages' calls: accounts, court closures and follow-up lead times. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  users(): Observable<UserListResponse> {
    return this.http.get<UserListResponse>('/api/users');
  }

  /** 409 EMAIL_TAKEN names `email`; the password is sent once and never shown again. */
  createUser(body: CreateUserRequest): Observable<UserResponse> {
    return this.http.post<UserResponse>('/api/users', body);
  }

  /** `active: false` ends the account's sessions at once. */
  updateUser(userId: string, body: UpdateUserRequest): Observable<UserResponse> {
    return this.http.patch<UserResponse>(`/api/users/${encodeURIComponent(userId)}`, body);
  }

  /** Lifts a sign-in lock and forgets the failures (audited). */
  unlockUser(userId: string): Observable<void> {
    return this.http.post<void>(`/api/users/${encodeURIComponent(userId)}/unlock`, null);
  }

  /** Removes the user's authenticator and ends their sessions (audited; asks for a step-up). */
  resetAuthenticator(userId: string): Observable<void> {
    return this.http.post<void>(`/api/users/${encodeURIComponent(userId)}/mfa/reset`, null);
  }

  closures(from: string, to: string): Observable<CourtClosureListResponse> {
    const params = new HttpParams().set('from', from).set('to', to);
    return this.http.get<CourtClosureListResponse>('/api/court-closures', { params });
  }

  /** Also recomputes the deadlines of the open cases the closure touches. */
  createClosure(body: CreateCourtClosureRequest): Observable<CourtClosureCreatedResponse> {
    return this.http.post<CourtClosureCreatedResponse>('/api/court-closures', body);
  }

  deleteClosure(closureId: string): Observable<CourtClosureDeletedResponse> {
    return this.http.delete<CourtClosureDeletedResponse>(
      `/api/court-closures/${encodeURIComponent(closureId)}`,
    );
  }

  followupSettings(): Observable<FollowupSettingsResponse> {
    return this.http.get<FollowupSettingsResponse>('/api/settings/followups');
  }

  /** Replans the follow-ups of the organisation's open cases. */
  updateFollowupSettings(
    body: UpdateFollowupSettingsRequest,
  ): Observable<FollowupSettingsUpdatedResponse> {
    return this.http.put<FollowupSettingsUpdatedResponse>('/api/settings/followups', body);
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  ChangePasswordRequest,
  ChangePasswordResponse,
  LoginRequest,
  MfaEnrolmentConfirmation,
  MfaEnrolmentResponse,
  SessionUserResponse,
  StepUpRequest,
} from '@haven/contracts';

import { handlesUnauthorized } from './handles-unauthorized';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(body: LoginRequest): Observable<SessionUserResponse> {
    return this.http.post<SessionUserResponse>('/api/auth/login', body, {
      context: handlesUnauthorized(),
    });
  }

  me(): Observable<SessionUserResponse> {
    return this.http.get<SessionUserResponse>('/api/auth/me', { context: handlesUnauthorized() });
  }

  /** The second step of a sign-in: a TOTP or recovery code. */
  verifyCode(code: string): Observable<SessionUserResponse> {
    return this.http.post<SessionUserResponse>('/api/auth/mfa/verify', { code });
  }

  startEnrolment(): Observable<MfaEnrolmentResponse> {
    return this.http.post<MfaEnrolmentResponse>('/api/auth/mfa/enrolment', null);
  }

  confirmEnrolment(code: string): Observable<MfaEnrolmentConfirmation> {
    return this.http.post<MfaEnrolmentConfirmation>('/api/auth/mfa/enrolment/confirm', { code });
  }

  stepUp(body: StepUpRequest): Observable<void> {
    return this.http.post<void>('/api/auth/step-up', body);
  }

  changePassword(body: ChangePasswordRequest): Observable<ChangePasswordResponse> {
    return this.http.post<ChangePasswordResponse>('/api/auth/password', body);
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null, { context: handlesUnauthorized() });
  }
}

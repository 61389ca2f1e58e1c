import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { LoginRequest, SessionUserResponse } from '@haven/contracts';

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

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null, { context: handlesUnauthorized() });
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  SafeContactInstructionsRequest,
  SafeContactInstructionsResponse,
  SafeContactRevealRequest,
  SafeContactRevealResponse,
} from '@haven/contracts';

/** A client's safe-contact instructions, addressed through the case. */
@Injectable({ providedIn: 'root' })
export class SafeContactApi {
  private readonly http = inject(HttpClient);

  /** The choices and which channels they allow; the sealed safe address and note are never in it. */
  get(caseId: string): Observable<SafeContactInstructionsResponse> {
    return this.http.get<SafeContactInstructionsResponse>(path(caseId));
  }

  /** 400 `safeAddress` when "mail only to a safe address" has none given or stored (audited). */
  put(
    caseId: string,
    body: SafeContactInstructionsRequest,
  ): Observable<SafeContactInstructionsResponse> {
    return this.http.put<SafeContactInstructionsResponse>(path(caseId), body);
  }

  /** The sealed safe address and note, with a reason (audited; may ask for a fresh factor). */
  reveal(caseId: string, body: SafeContactRevealRequest): Observable<SafeContactRevealResponse> {
    return this.http.post<SafeContactRevealResponse>(`${path(caseId)}/reveal`, body);
  }
}

function path(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/safe-contact`;
}
